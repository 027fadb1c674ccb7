namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// What a lexicon word or phrase does for the rules of every language: sentiment and its negation and scaling, the
/// joins between clauses, the words for the service and for other aspects, time. One entry may play several roles
/// ("rude": sentiment and service cue); a word may also have senses only the English rules read
/// (<see cref="EnglishSense"/>).
/// </summary>
/// <remarks>
/// Two sets of 64 bits, split by who reads them, since one <c>ulong</c> was full (round analyzer70,
/// docs/sentiment-rounds.md): a role that any language's lexicon may give goes here, one only the English rules read
/// goes to <see cref="EnglishSense"/>; when another language's rules come to read an English sense, it moves here (the
/// compiler then names every test of it). Bits 27 to 63 are free. Flag enums, not one 128-bit struct: a test of a role
/// stays a single <c>and</c> with a constant, where the struct's operators, tried, cost 2-4 % of the analyzer's time
/// (round analyzer70). ServiceStage reads some of these roles as features by its own list, not by bit.
/// </remarks>
[Flags]
internal enum LexiconRole : ulong
{
    None = 0,
    /// <summary>Carries <see cref="LexiconEntry.Valence"/>.</summary>
    Sentiment = 1 << 0,
    /// <summary>Reverses sentiment in the next few words of its clause ("not", "никто", "no").</summary>
    Negator = 1 << 1,
    /// <summary>Reverses sentiment in the words just before it ("değil", "nahi", "niet").</summary>
    PostNegator = 1 << 2,
    /// <summary>Scales the next sentiment word by <see cref="LexiconEntry.Boost"/> ("very", "barely").</summary>
    Booster = 1 << 3,
    /// <summary>Starts a clause that outweighs the one before ("but", "pero", "но").</summary>
    Contrast = 1 << 4,
    /// <summary>Starts a clause that weighs less than the rest ("although", "aunque", "хотя").</summary>
    Concession = 1 << 5,
    /// <summary>Names the people or channels of the service ("waiter", "support team", "CSM").</summary>
    ServiceTarget = 1 << 6,
    /// <summary>Says something about service without naming who gave it ("attentive", "seated us", "ticket").</summary>
    ServiceCue = 1 << 7,
    /// <summary>Names something other than the service (food, price, product) that competes for nearby sentiment.</summary>
    OtherAspect = 1 << 8,
    /// <summary>A frequent function word that identifies the language.</summary>
    Stopword = 1 << 9,
    /// <summary>Marks irony: positive words in its sentence count as negative ("yeah right", "🙄").</summary>
    Sarcasm = 1 << 10,
    /// <summary>Joins two aspects so they share what is said of them ("and", "y", "и").</summary>
    Conjunction = 1 << 11,
    /// <summary>Votes for <see cref="LexiconEntry.Category"/> when a mention is nearby ("slow" → speed).</summary>
    CategoryHint = 1 << 12,
    /// <summary>A unit of time ("minutes", "часа"): with a number of <see cref="LexiconEntry.Minutes"/> units long
    /// enough, it tells of a wait ("we waited 40 minutes").</summary>
    Duration = 1 << 13,
    /// <summary>A wish for what did not happen ("I wish", "ojalá", "keşke"): a negator whose reach is the rest of its
    /// clause, since the wished-for quality may come several words later ("I wish the waiters were friendlier").</summary>
    Counterfactual = 1 << 14,
    /// <summary>A phrase that opens with its own negator ("pas au rendez-vous", "not helpful"): its valence already
    /// says the negation, so a negator before it is the same negation ("n'était pas au rendez-vous"), not a second.</summary>
    NegatedPhrase = 1 << 15,
    /// <summary>Waiting ("waited", "ждали", "bekledik"): the guest waits on the service, whatever is waited for, so
    /// an aspect before it ("the steak we waited an hour for") does not take it.</summary>
    Waiting = 1 << 16,
    /// <summary>Bounds a span of time from above ("within", "за", "en moins de", "içinde"): the span is how quickly
    /// something came, not how long the guest waited.</summary>
    Bound = 1 << 17,
    /// <summary>Makes a span of time a distance ("10 minutes' walk", "على بعد 15 دقيقة", "à 20 minutes en voiture"):
    /// how far the place is, which no one waited for.</summary>
    Distance = 1 << 18,
    /// <summary>Opens a condition ("als je …", "if you …"): a sentence that begins with one gives advice or states a
    /// hypothesis, not an experience of the service.</summary>
    Condition = 1 << 19,
    /// <summary>A modal verb ("could", "can't", "kon"): a negated comparative after it says nothing could surpass
    /// what was had ("could not have been friendlier", "kon niet beter").</summary>
    Modal = 1 << 20,
    /// <summary>Forms a comparative with the next word ("more helpful", "meer attent").</summary>
    More = 1 << 21,
    /// <summary>Joins alternatives ("or", "of", "o", "ou"): a negator before the first denies them all ("never pushy
    /// or rude").</summary>
    Alternative = 1 << 22,
    /// <summary>An article or determiner ("a", "the", "een", "la"), which stands between a list word and the next
    /// item ("not a smile or a greeting").</summary>
    Determiner = 1 << 23,
    /// <summary>The customer's problem ("problem", "issue", "проблема", "sorun"): beside a word of solving it
    /// ("solved my problem", "sorunu çözdü") it is what was solved, not a complaint.</summary>
    Trouble = 1 << 24,
    /// <summary>A parcel or delivery sent to the customer ("Paket", "Lieferung", "encomenda"): a wait or delay told in
    /// its clause with no one serving named is the product's, not the service's ("ich warte seit Tagen auf mein Paket";
    /// round analyzer94).</summary>
    Parcel = 1UL << 25,
    /// <summary>A lukewarm verdict or a shrug ("ok", "fine", "average", "nothing special", "nothing to write home about",
    /// "I guess"; Hindi "theek", "bas average"): two of them together in one clause or across a comma ("The staff were
    /// fine, nothing special", "Support was ok, nothing more") say the service met the bar and no more, a neutral
    /// verdict; each alone keeps its own valence (round analyzer74). Read in English and Hindi; an English sense until
    /// Hindi came to read it (round analyzer94).</summary>
    Lukewarm = 1UL << 26,
}
