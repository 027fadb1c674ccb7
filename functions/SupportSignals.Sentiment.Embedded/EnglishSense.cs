namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// A sense of an English word or phrase that only the English rules read ("said": a verb of saying, "on hold": a wait
/// on the line, "supposed to be": hearsay), beside its <see cref="LexiconRole"/>s. Lexicon files give it by tag like
/// any role (Lexicons/README.md).
/// </summary>
/// <remarks>
/// Split from <see cref="LexiconRole"/> when its 64 bits were full (round analyzer70, docs/sentiment-rounds.md). Bits
/// 37 to 63 are free; a new English sense takes the next one.
/// </remarks>
[Flags]
internal enum EnglishSense : ulong
{
    None = 0,
    /// <summary>A personal pronoun that stands for one of the staff ("he", "she"): a target only when its own clauses
    /// judge it ("she was lovely"), since unjudged it mostly narrates a companion ("she ordered the fish").</summary>
    Pronoun = 1 << 0,
    /// <summary>Someone other than the staff ("husband", "friend", "chef"): a pronoun after it stands for them.</summary>
    Person = 1 << 1,
    /// <summary>A verb that opens a sentence as advice to the reader ("ask", "skip", "ignore"): the service words of
    /// its clause tell the reader what to do, not what the service did ("Always ask the bartender for the beer").</summary>
    Imperative = 1 << 2,
    /// <summary>A word that may stand before an opening imperative ("just", "always", "please", "and").</summary>
    AdviceLead = 1 << 3,
    /// <summary>A service target that is a mention only when its own clauses judge it ("the owner"): named without a
    /// judgement it mostly tells who owns or built the place ("it must have cost the owners a fortune").</summary>
    JudgedOnly = 1 << 4,
    /// <summary>Excepts what it names from the judgement of the rest of the sentence ("except", "apart from", "if not
    /// for"): "everything was great except the service" blames the service.</summary>
    Exception = 1 << 5,
    /// <summary>A number in words ("twenty", "an"), of <see cref="LexiconEntry.Minutes"/>: it counts units of time
    /// like digits, but only after a word that measures a wait (<see cref="SpanLead"/>) or a verb of waiting ("took
    /// forty minutes", "after half an hour", "waited an hour"), since unled it mostly tells how long the guest stayed
    /// ("spent three hours there", "an hour before closing").</summary>
    Number = 1 << 6,
    /// <summary>Measures a wait by the span after it ("took", "after"): a number in words there counts.</summary>
    SpanLead = 1 << 7,
    /// <summary>A quality of food or drink ("fresh", "cold", "burnt"): said beside an act of serving and nothing else
    /// ("what came to our table was burnt"), it judges the dish, not how it was served.</summary>
    Dish = 1 << 8,
    /// <summary>Says that something happened once more ("again", "another", "yet again"): after a word of praise
    /// standing alone before a comma it marks the praise as irony ("Great, another hour on hold").</summary>
    Repetition = 1 << 9,
    /// <summary>A word of praise that may stand alone as an exclamation ("Great, …", "Wonderful, …"): ironic there
    /// when a complaint or a repetition follows.</summary>
    Exclamation = 1 << 10,
    /// <summary>A preposition that opens a phrase after a noun ("the service at the hotel", "the staff of the spa"): an
    /// aspect inside such a phrase after a word for the staff is not the subject its clause's predicate judges
    /// ("the service at the hotel is poor" judges the service).</summary>
    Preposition = 1 << 11,
    /// <summary>A verb that raises its complement ("seems to", "appeared to"): a negator reaches through it as if it were
    /// not there, so "nobody there seems to care" denies the caring as "nobody there cares" would.</summary>
    Transparent = 1 << 12,
    /// <summary>A personal pronoun that is a clause's subject of its own ("they", "we"): an aspect before it is not the
    /// subject of a service cue after it ("the food is great and they are always friendly").</summary>
    Subject = 1 << 13,
    /// <summary>A verb of saying ("said", "told"): what the staff said of something else is what it was said of, a
    /// narrated act, not a judgement of the speaker ("the mechanic said the brakes were worn"); the speaker and the
    /// aspect after it are no list that shares a judgement.</summary>
    Say = 1 << 14,
    /// <summary>Names what someone is good at ("at"): praise of a skill in a failing ("great at ignoring us",
    /// "brilliant at forgetting orders") is sarcasm.</summary>
    Skill = 1 << 15,
    /// <summary>Tells of what is still to come ("will", "would", "promised to"): a fix or a refund promised ("support
    /// told me the bug would be fixed next week") is no recovery yet, so it praises nothing, though the problem it is
    /// promised for is no complaint about the service either.</summary>
    Promise = 1 << 16,
    /// <summary>Counts an act as rare ("maybe twice", "only once"): after an act of attention ("checked on us maybe
    /// twice during the entire meal") the attention was missing.</summary>
    Rare = 1 << 17,
    /// <summary>Counts an act as done again and again ("three times", "twice", "repeatedly"): after a request ("I asked
    /// three times for a glass of water") the request was not met.</summary>
    Repeated = 1 << 18,
    /// <summary>Bills the guest ("charged us for", "billed"): a charge for what its own clause then says the guest did
    /// not order or receive ("we were charged for drinks we didn't order") is the business's mistake.</summary>
    Bill = 1 << 19,
    /// <summary>Limits what follows ("only", "merely"): a bare count after an act of attention it limits ("the
    /// waitress only came to our table once", "only checked on us twice") counts the act as rare.</summary>
    Limit = 1 << 20,
    /// <summary>Pardons the wait told before it ("a week later, which was fine", "which was understandable"): the
    /// guest found the wait acceptable, so it blames nothing.</summary>
    Pardon = 1 << 21,
    /// <summary>Opens what the reader may want ("if you are after", "for anyone looking for"): praise after it in its
    /// clause names what is wanted, not what was found, and counts for nothing when the rest of the sentence gives the
    /// verdict ("If you are after great service, stay away").</summary>
    Desire = 1 << 22,
    /// <summary>Weighs what precedes it against a standard after it and finds it wanting ("does not amount to", "is no
    /// substitute for"): in its clause what comes after outweighs what comes before, as across "but" ("A smile from
    /// the waiter does not amount to good service").</summary>
    Standard = 1 << 23,
    /// <summary>Puts one thing before another ("more interested in", "more concerned with" … "than"): the phrase, which
    /// judges, names the staff's priority; the words after it up to the end of the clause of "than" (the entry with the
    /// role and no valence) name what they put first and what they neglected, and judge nothing themselves ("more
    /// concerned with looking good than actually serving" blames the service, "looking good" praises nothing).</summary>
    Preference = 1 << 24,
    /// <summary>The customer's need of the service ("needed", "had to contact", "no need for"): a service target it denies
    /// ("never needed support", "didn't even need to open a ticket") is the support the customer did without, no
    /// experience of it and no complaint.</summary>
    Need = 1 << 25,
    /// <summary>A word of computing ("database", "crashed", "outage", "uptime", "restart", "hosting"), or a service word
    /// that also names a machine ("server": the waiter, or the computer that hosts the product): such a service word
    /// with a word of computing near it in its clause names the machine, another aspect ("our servers were down", "the
    /// database server", "restart the server"), not the staff (round analyzer65).</summary>
    Machine = 1 << 26,
    /// <summary>The customer's own side away or closed ("our office was closed", "we were on holiday"): an absence of
    /// answer told after it in its sentence ("so nobody answered the phone") is their own, no blame of the vendor
    /// (round analyzer65).</summary>
    OwnAbsence = 1 << 27,
    /// <summary>Names what a contact was about ("about", "regarding", "reported", "a screenshot of"): a problem word
    /// (<see cref="LexiconRole.Trouble"/>) within three words after it in its clause is the topic of the ticket, the call or the
    /// report, the product's fault and no blame of whoever was contacted ("I opened a ticket about the login bug",
    /// "support asked for the logs of the crash"; round analyzer63).</summary>
    Topic = 1 << 28,
    /// <summary>A business that serves ("hotel", "restaurant", "shop", "company", "bank"): after "the", "this" or "our"
    /// opening its clause and doing an act of serving, answering or refusing a few words after it ("The hotel never
    /// replied to my email", "The shop refused to take it back") it is the house, as "they" is, and the act a mention of
    /// the service; described ("The hotel was beautiful", "the company's app") it stays a place or a firm. (round analyzer68).</summary>
    House = 1 << 29,
    /// <summary>The house refusing the guest ("wouldn't let us", "didn't give us"): a judgement of whoever refuses, no
    /// service cue by itself (the product or the system refuse as often: "it won't let me export"), but with "they" for
    /// subject ("they wouldn't let us sit at the bar") the house refuses, a mention of the service.</summary>
    Refusal = 1 << 30,
    /// <summary>A marker that counts only where it opens its clause ("So much for great service.", "Well, so much for
    /// support"): inside a clause ("thank you so much for the help", "paid so much for") it is no marker and says
    /// nothing.</summary>
    Opening = 1UL << 31,
    /// <summary>The reader's taste ("if you enjoy being", "if you like waiting"): followed in its clause by blame it is
    /// irony, and the sentence's praise counts as blame ("Great if you enjoy being ignored"); followed by praise it names a
    /// want ("if you like being pampered").</summary>
    Taste = 1UL << 32,
    /// <summary>Praise only expected or heard of ("is supposed to be", "is said to be"): the praise after it in its clause
    /// is no verdict of the writer and counts for nothing ("The staff are supposed to be great").</summary>
    Hearsay = 1UL << 33,
    /// <summary>A wait on the line ("on hold", "put on hold", "hold time"): a wait like any other, which the guest's
    /// pardon excuses as it does a slow answer ("They put me on hold twice. That was fine.").</summary>
    Hold = 1UL << 34,
    /// <summary>Says that what was told before was all there was ("That was it.", "That's all."): standing alone as the
    /// next sentence after an act of serving or attention ("The staff greeted us. That was it.") it tells that the
    /// service stopped there, faint praise that blames.</summary>
    NothingMore = 1UL << 35,
    /// <summary>A negator that may be fronted before an auxiliary, the subject and verb inverted after it ("Not once has an
    /// agent been rude", "At no point did the staff make us feel rushed", "No one has ever been rude to me"): opening its
    /// clause so, it denies the whole clause, not only the few words after it (round analyzer62).</summary>
    Fronted = 1UL << 36,
    /// <summary>A misfortune that befell the customer ("stolen", "skimmed", "fraud", "a burst pipe", "a leak", "an
    /// accident", "an outage"): no act of whoever serves, so it blames no one unless a staff word stands before it in its
    /// clause with no <see cref="Occasion"/> word between ("the engineer caused a leak"); "my card was stolen and the
    /// agent cancelled it", "the claims handler was kind after the accident" (round analyzer72).</summary>
    Incident = 1UL << 37,
    /// <summary>Opens the time of an incident ("when", "after", "while"): a problem word
    /// (<see cref="LexiconRole.Trouble"/>) a few words after it in its clause is the occasion on which the staff were
    /// judged, not their fault, where praise stands beside it ("support was patient when the app crashed"; round
    /// analyzer72).</summary>
    Occasion = 1UL << 38,
    /// <summary>A verb of answering the customer ("replied", "responded", "got back to"): with "they" or the house for
    /// subject it is the service answering, a mention of it ("The hotel responded quickly", "They replied within an
    /// hour"); with another subject only a category hint (round analyzer73).</summary>
    Reply = 1UL << 39,
    /// <summary>Cancelling or blocking what a thief could use ("cancelled the line", "blocked my card", "froze the
    /// account"): alone a loss to the customer that blames whoever did it ("they blocked my card for no reason"), but in
    /// a sentence that tells of an <see cref="Incident"/> ("my phone was stolen and the agent cancelled the line") the
    /// help the customer needed (round analyzer80).</summary>
    Safeguard = 1UL << 41,
}
