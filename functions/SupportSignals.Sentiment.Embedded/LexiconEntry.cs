namespace SupportSignals.Sentiment.Embedded;

/// <summary>What a lexicon word or phrase does; one entry may play several roles ("rude": sentiment and service cue).</summary>
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
    /// <summary>A personal pronoun that stands for one of the staff ("he", "she"): a target only when its own clauses
    /// judge it ("she was lovely"), since unjudged it mostly narrates a companion ("she ordered the fish").</summary>
    Pronoun = 1 << 25,
    /// <summary>Someone other than the staff ("husband", "friend", "chef"): a pronoun after it stands for them.</summary>
    Person = 1 << 26,
    /// <summary>A verb that opens a sentence as advice to the reader ("ask", "skip", "ignore"): the service words of
    /// its clause tell the reader what to do, not what the service did ("Always ask the bartender for the beer").</summary>
    Imperative = 1 << 27,
    /// <summary>A word that may stand before an opening imperative ("just", "always", "please", "and").</summary>
    AdviceLead = 1 << 28,
    /// <summary>A service target that is a mention only when its own clauses judge it ("the owner"): named without a
    /// judgement it mostly tells who owns or built the place ("it must have cost the owners a fortune").</summary>
    JudgedOnly = 1 << 29,
    /// <summary>Excepts what it names from the judgement of the rest of the sentence ("except", "apart from", "if not
    /// for"): "everything was great except the service" blames the service.</summary>
    Exception = 1 << 30,
    /// <summary>A number in words ("twenty", "an"), of <see cref="LexiconEntry.Minutes"/>: it counts units of time
    /// like digits, but only after a word that measures a wait (<see cref="SpanLead"/>) or a verb of waiting ("took
    /// forty minutes", "after half an hour", "waited an hour"), since unled it mostly tells how long the guest stayed
    /// ("spent three hours there", "an hour before closing").</summary>
    Number = 1UL << 31,
    /// <summary>Measures a wait by the span after it ("took", "after"): a number in words there counts.</summary>
    SpanLead = 1UL << 32,
    /// <summary>A quality of food or drink ("fresh", "cold", "burnt"): said beside an act of serving and nothing else
    /// ("what came to our table was burnt"), it judges the dish, not how it was served.</summary>
    Dish = 1UL << 33,
    /// <summary>Says that something happened once more ("again", "another", "yet again"): after a word of praise
    /// standing alone before a comma it marks the praise as irony ("Great, another hour on hold").</summary>
    Repetition = 1UL << 34,
    /// <summary>A word of praise that may stand alone as an exclamation ("Great, …", "Wonderful, …"): ironic there
    /// when a complaint or a repetition follows.</summary>
    Exclamation = 1UL << 35,
    /// <summary>A preposition that opens a phrase after a noun ("the service at the hotel", "the staff of the spa"): an
    /// aspect inside such a phrase after a word for the staff is not the subject its clause's predicate judges
    /// ("the service at the hotel is poor" judges the service). Bit 36.</summary>
    Preposition = 1UL << 36,
    /// <summary>A verb that raises its complement ("seems to", "appeared to"): a negator reaches through it as if it were
    /// not there, so "nobody there seems to care" denies the caring as "nobody there cares" would. Bit 37.</summary>
    Transparent = 1UL << 37,
    /// <summary>A personal pronoun that is a clause's subject of its own ("they", "we"): an aspect before it is not the
    /// subject of a service cue after it ("the food is great and they are always friendly"). Bit 38.</summary>
    Subject = 1UL << 38,
    /// <summary>A verb of saying ("said", "told"): what the staff said of something else is what it was said of, a
    /// narrated act, not a judgement of the speaker ("the mechanic said the brakes were worn"); the speaker and the
    /// aspect after it are no list that shares a judgement. Bit 39.</summary>
    Say = 1UL << 39,
    /// <summary>Names what someone is good at ("at"): praise of a skill in a failing ("great at ignoring us",
    /// "brilliant at forgetting orders") is sarcasm. Bit 40.</summary>
    Skill = 1UL << 40,
    /// <summary>Tells of what is still to come ("will", "would", "promised to"): a fix or a refund promised ("support
    /// told me the bug would be fixed next week") is no recovery yet, so it praises nothing, though the problem it is
    /// promised for is no complaint about the service either. Bit 41.</summary>
    Promise = 1UL << 41,
    /// <summary>Counts an act as rare ("maybe twice", "only once"): after an act of attention ("checked on us maybe
    /// twice during the entire meal") the attention was missing. Bit 42.</summary>
    Rare = 1UL << 42,
    /// <summary>Counts an act as done again and again ("three times", "twice", "repeatedly"): after a request ("I asked
    /// three times for a glass of water") the request was not met. Bit 43.</summary>
    Repeated = 1UL << 43,
    /// <summary>Bills the guest ("charged us for", "billed"): a charge for what its own clause then says the guest did
    /// not order or receive ("we were charged for drinks we didn't order") is the business's mistake. Bit 44.</summary>
    Bill = 1UL << 44,
    /// <summary>Limits what follows ("only", "merely"): a bare count after an act of attention it limits ("the
    /// waitress only came to our table once", "only checked on us twice") counts the act as rare. Bit 45.</summary>
    Limit = 1UL << 45,
    /// <summary>Pardons the wait told before it ("a week later, which was fine", "which was understandable"): the
    /// guest found the wait acceptable, so it blames nothing. Bit 46.</summary>
    Pardon = 1UL << 46,
    /// <summary>Opens what the reader may want ("if you are after", "for anyone looking for"): praise after it in its
    /// clause names what is wanted, not what was found, and counts for nothing when the rest of the sentence gives the
    /// verdict ("If you are after great service, stay away"). Bit 47.</summary>
    Desire = 1UL << 47,
    /// <summary>Weighs what precedes it against a standard after it and finds it wanting ("does not amount to", "is no
    /// substitute for"): in its clause what comes after outweighs what comes before, as across "but" ("A smile from
    /// the waiter does not amount to good service"). Bit 48.</summary>
    Standard = 1UL << 48,
    /// <summary>Puts one thing before another ("more interested in", "more concerned with" … "than"): the phrase, which
    /// judges, names the staff's priority; the words after it up to the end of the clause of "than" (the entry with the
    /// role and no valence) name what they put first and what they neglected, and judge nothing themselves ("more
    /// concerned with looking good than actually serving" blames the service, "looking good" praises nothing). Bit 49.</summary>
    Preference = 1UL << 49,
    /// <summary>The customer's need of the service ("needed", "had to contact", "no need for"): a service target it denies
    /// ("never needed support", "didn't even need to open a ticket") is the support the customer did without, no
    /// experience of it and no complaint. Bit 50.</summary>
    Need = 1UL << 50,
    /// <summary>The house refusing the guest ("wouldn't let us", "didn't give us"): a judgement of whoever refuses, no
    /// service cue by itself (the product or the system refuse as often: "it won't let me export"), but with "they" for
    /// subject ("they wouldn't let us sit at the bar") the house refuses, a mention of the service. Bit 55.</summary>
    Refusal = 1UL << 55,
    /// <summary>A wait on the line ("on hold", "put on hold", "hold time"): a wait like any other, which the guest's
    /// pardon excuses as it does a slow answer ("They put me on hold twice. That was fine."). Bit 59.</summary>
    Hold = 1UL << 59,
    /// <summary>Says that what was told before was all there was ("That was it.", "That's all."): standing alone as the
    /// next sentence after an act of serving or attention ("The staff greeted us. That was it.") it tells that the
    /// service stopped there, faint praise that blames. Bit 60.</summary>
    NothingMore = 1UL << 60,
    /// <summary>A marker that counts only where it opens its clause ("So much for great service.", "Well, so much for
    /// support"): inside a clause ("thank you so much for the help", "paid so much for") it is no marker and says
    /// nothing. Bit 56.</summary>
    Opening = 1UL << 56,
    /// <summary>The reader's taste ("if you enjoy being", "if you like waiting"): followed in its clause by blame it is
    /// irony, and the sentence's praise counts as blame ("Great if you enjoy being ignored"); followed by praise it names a
    /// want ("if you like being pampered"). Bit 57.</summary>
    Taste = 1UL << 57,
    /// <summary>Praise only expected or heard of ("is supposed to be", "is said to be"): the praise after it in its clause
    /// is no verdict of the writer and counts for nothing ("The staff are supposed to be great"). Bit 58.</summary>
    Hearsay = 1UL << 58,
    /// <summary>A word of computing ("database", "crashed", "outage", "uptime", "restart", "hosting"), or a service word
    /// that also names a machine ("server": the waiter, or the computer that hosts the product): such a service word
    /// with a word of computing near it in its clause names the machine, another aspect ("our servers were down", "the
    /// database server", "restart the server"), not the staff (round analyzer65). Bit 51.</summary>
    Machine = 1UL << 51,
    /// <summary>The customer's own side away or closed ("our office was closed", "we were on holiday"): an absence of
    /// answer told after it in its sentence ("so nobody answered the phone") is their own, no blame of the vendor
    /// (round analyzer65). Bit 52.</summary>
    OwnAbsence = 1UL << 52,
    /// <summary>Names what a contact was about ("about", "regarding", "reported", "a screenshot of"): a problem word
    /// (<see cref="Trouble"/>) within three words after it in its clause is the topic of the ticket, the call or the
    /// report, the product's fault and no blame of whoever was contacted ("I opened a ticket about the login bug",
    /// "support asked for the logs of the crash"; round analyzer63). Bit 53.</summary>
    Topic = 1UL << 53,
    /// <summary>A negator that may be fronted before an auxiliary, the subject and verb inverted after it ("Not once has an
    /// agent been rude", "At no point did the staff make us feel rushed", "No one has ever been rude to me"): opening its
    /// clause so, it denies the whole clause, not only the few words after it. Bit 62 (round analyzer62).</summary>
    Fronted = 1UL << 62,
    /// <summary>A business that serves ("hotel", "restaurant", "shop", "company", "bank"): after "the", "this" or "our"
    /// opening its clause and doing an act of serving, answering or refusing a few words after it ("The hotel never
    /// replied to my email", "The shop refused to take it back") it is the house, as "they" is, and the act a mention of
    /// the service; described ("The hotel was beautiful", "the company's app") it stays a place or a firm. Bit 54
    /// (round analyzer68).</summary>
    House = 1UL << 54,
}

/// <summary>
/// One meaning of a word or phrase in one language. Entries for the same key in other languages are chained by
/// <see cref="Next"/>; <see cref="OwnLanguageOnly"/> keeps a false friend (French "pain") out of other languages.
/// </summary>
internal readonly record struct LexiconEntry(
    Language Language,
    LexiconRole Roles,
    float Valence,
    float Boost,
    ServiceCategory Category,
    bool OwnLanguageOnly,
    int Next,
    float Minutes = 0)
{
    public bool Has(LexiconRole role) => (Roles & role) != 0;
}
