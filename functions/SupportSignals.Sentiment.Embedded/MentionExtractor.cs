namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Aspect-level service mentions in one sentence. Service targets ("waiter", "support team") are grouped per clause;
/// cues that imply service without naming it ("attentive", "took forever") join the nearest target, or form a
/// mention of their own when there is none, unless another aspect in their clause is what they describe. Other
/// aspects ("food", "price", "app") compete for the sentiment around them: each sentiment word goes to the nearest
/// aspect, where clause boundaries add distance and an aspect after the word costs a little more than one before it
/// (predicates follow their subject in most of the languages) unless it directly follows the word ("fantastic
/// service"), so "the product is great but support never answered" credits "great" to the product and the negated
/// "answered" to support. A word that reached a mention across a strong clause boundary ("but", ";") counts only when
/// the mention's own clauses say nothing ("nice staff, but I would never go back"), unless it opens that clause and so
/// goes on judging the same subject ("slow but very sweet"). Aspects listed together ("great
/// food, wine and service") share what is said of any of them. A negated service word without sentiment of its own
/// ("no one came to the table", "никто не подошёл") counts against the service. The category is voted by hint words
/// near the mention, falling back to the target's default.
/// </summary>
internal static class MentionExtractor
{
    private const int MaxGroups = 8;
    /// <summary>How many words a label before a colon may have ("Tip:", "Let op:", "Goed om te weten:").</summary>
    private const int MaxLabelWords = 3;
    private const int CategoryCount = (int)ServiceCategory.Onboarding + 1;
    private const float ForwardPenalty = 1.5f;
    /// <summary>A sentiment word right before an aspect qualifies it ("great service", "rude staff").</summary>
    private const float AttributiveCost = 0.5f;
    private const int MaxListGap = 4;
    /// <summary>How many boosters, negators or articles may stand between a contrast word and the judgement that
    /// continues the predicate before it ("but not very friendly").</summary>
    private const int MaxPredicateLead = 3;
    private const LexiconRole PredicateLead = LexiconRole.Booster | LexiconRole.Negator | LexiconRole.Determiner;
    /// <summary>How far (in tokens) a word looks for its aspect; keeps run-on texts without punctuation linear.</summary>
    private const int MaxReach = 40;
    /// <summary>How many words (article, modifiers) may stand between a preposition and the aspect of its phrase ("at
    /// the front desk").</summary>
    private const int MaxPhraseLead = 3;
    private const float NegatedCue = 1.2f;
    /// <summary>How far before a service target the customer's need of it may stand ("never needed to contact support").</summary>
    private const int NeedReach = 4;
    /// <summary>How many words before or after a service word that also names a machine a word of computing may stand
    /// and make it the machine ("restart our web server", "the servers had an outage").</summary>
    private const int MachineReach = 4;
    /// <summary>How far from a negator the act of serving it denies may stand ("never got our drinks", "the order
    /// never came").</summary>
    private const int FailureReach = 3;
    /// <summary>How many words may lead an opening imperative ("and just ask", "please always ask").</summary>
    private const int MaxAdviceLead = 2;
    /// <summary>How many words before blame of manner its subject may stand ("the kids were so rude").</summary>
    private const int MannerSubjectReach = 3;
    /// <summary>How many words may stand between "they" and the act of serving it is the subject of ("they quickly
    /// brought", "they never even brought").</summary>
    private const int HouseSubjectReach = 3;
    private const float SentenceShare = 0.5f;
    /// <summary>A word for the staff or the support only breaks ties: what is said of them names the category.</summary>
    private const float TargetVote = 0.1f;
    /// <summary>A channel named ("the support chat never connects") is more specific than the support it belongs to.</summary>
    private const float ChannelVote = 0.2f;
    private const float HintVote = 1f;
    /// <summary>What a count says of an act ("asked three times": the answer was slow; "checked on us maybe twice": the
    /// attention was missing) names the category before the act itself does.</summary>
    private const float CountVote = 1.5f;
    private const EnglishSense Counted = EnglishSense.Repeated | EnglishSense.Rare;
    /// <summary>
    /// Onboarding and success management is a topic, not a quality: whatever is said of a CSM or of the onboarding
    /// ("helped", "disappeared", "confusing") is said of that part of the service, so its target outvotes the hints.
    /// </summary>
    private const float TopicVote = 2.5f;
    private const int NoAnchor = -1;
    private const int OtherAspect = -2;
    private const int PendingCue = -3;
    private const LexiconRole Service = LexiconRole.ServiceTarget | LexiconRole.ServiceCue;
    private const LexiconRole Hints = LexiconRole.CategoryHint | LexiconRole.ServiceCue | LexiconRole.ServiceTarget;

    /// <param name="groupOf">Scratch, one per token.</param>
    /// <param name="shared">Scratch, one per token: the groups an aspect shares its sentiment with, as a bit mask.</param>
    /// <param name="sentence">The sentence's own evidence: a mention that draws no sentiment of its own takes a
    /// damped share of it, since a sentence about service rarely says nothing of it.</param>
    /// <returns>Whether a mention added is a strong one: a word for the staff judged one way in its own clause
    /// ("the waiter was rude", "the service is poor"), the reading the learned stage may not drop at its ordinary
    /// threshold (<see cref="ServiceStage.StrongDropThreshold"/>).</returns>
    public static bool Extract(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, Evidence sentence, Span<int> groupOf, Span<int> shared, ref List<ServiceMention>? mentions) =>
        Extract(s, valence, clause, sentence, groupOf, shared, ref mentions, out _);

    /// <param name="shape">How the rules found the first mention added (0 when none): what named it (a word for the
    /// staff, a pronoun, a target that needs a judgement, a cue alone) and where its judgement came from (its own
    /// clauses, the house's act alone, a clause beyond "but", the sentence's damped share, nothing), as
    /// <c>1 + kind * 8 + source</c>; a feature of the learned stage.</param>
    public static bool Extract(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, Evidence sentence, Span<int> groupOf, Span<int> shared, ref List<ServiceMention>? mentions, out int shape)
    {
        shape = 0;
        var tokens = s.Tokens;
        if (OpensWithCondition(s))
        {
            return false;
        }
        var advice = AdviceClause(s, clause);
        var groups = GroupAnchors(s, valence, clause, advice, groupOf);
        if (groups == 0)
        {
            return false;
        }
        var strong = false;
        LinkLists(s, clause, groupOf, shared);
        Span<Evidence> ownClauses = stackalloc Evidence[MaxGroups];
        Span<Evidence> otherClause = stackalloc Evidence[MaxGroups];
        Span<float> votes = stackalloc float[MaxGroups * CategoryCount];
        // the side of the last judgement each group took from its own clauses and from other clauses
        Span<float> lastOwn = stackalloc float[MaxGroups];
        Span<float> lastOther = stackalloc float[MaxGroups];
        ownClauses.Clear();
        otherClause.Clear();
        lastOwn.Clear();
        lastOther.Clear();
        votes.Clear();
        // the groups whose own clauses judge something other than a dish's quality
        var beyondDish = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var roles = s.RolesOf(t);
            var senses = s.SensesOf(t);
            if (valence[t] == 0 && (roles & Hints) == 0)
            {
                continue;
            }
            // a count that blames ("asked for the bill twice") goes to the act it counts, like a wait
            var counted = valence[t] != 0 && (senses & Counted) != 0;
            var mask = shared[IsWait(s, valence, t) || counted ? NearestService(s, groupOf, clause, t) : PhraseHead(s, groupOf, clause, Nearest(s, groupOf, clause, t), t)];
            var negatedCue = valence[t] == 0 && (roles & Service) != 0 && SentenceScorer.IsDenied(s, clause, t);
            for (var g = 0; g < groups; g++)
            {
                if ((mask & (1 << g)) == 0)
                {
                    continue;
                }
                if (valence[t] != 0 && FromAnotherClause(groupOf, clause, t, g) && !ContinuesPredicate(s, t) && !IsServiceFailure(s, valence, clause, t))
                {
                    // "the terrace was chilly, but the staff brought us blankets": what the mention's clause answers
                    // beyond "but" goes the other way from what came before
                    var v = ContrastedBefore(s, groupOf, t, g) ? -valence[t] : valence[t];
                    otherClause[g] = otherClause[g].Add(v);
                    lastOther[g] = v;
                }
                else
                {
                    ownClauses[g] = ownClauses[g].Add(valence[t]);
                    lastOwn[g] = valence[t] != 0 ? valence[t] : lastOwn[g];
                    if (valence[t] != 0 && (senses & EnglishSense.Dish) == 0)
                    {
                        beyondDish |= 1 << g;
                    }
                }
                if (negatedCue)
                {
                    ownClauses[g] = ownClauses[g].Add(-NegatedCue);
                    lastOwn[g] = -NegatedCue;
                    beyondDish |= 1 << g;
                }
                // a count votes only when it blames the act it counts, and then names the category before the act
                if ((roles & Hints) != 0 && (counted || (senses & Counted) == 0))
                {
                    var category = s.Lexicon[tokens[t].Entry].Category;
                    if (category == ServiceCategory.Resolution && valence[t] == 0 && s.Lexicon[tokens[t].Entry].Valence > 0 && LateInClause(s, valence, clause, t))
                    {
                        // "it took support two months to fix the bug": a fix that came late tells of the speed
                        category = ServiceCategory.Speed;
                    }
                    else if (counted && (senses & EnglishSense.Repeated) != 0 && SentenceScorer.CountedAct(s, clause, t, senses) == SentenceScorer.RareAttention)
                    {
                        // "only checked on us twice" is attention missing, as "only once" and "maybe twice" are: one
                        // kind of complaint, one category (the rare counts' own)
                        category = ServiceCategory.Friendliness;
                    }
                    var weight = counted ? CountVote : (roles & (LexiconRole.CategoryHint | LexiconRole.ServiceCue)) != 0 ? HintVote
                        : category switch { ServiceCategory.Onboarding => TopicVote, ServiceCategory.Availability => ChannelVote, _ => TargetVote };
                    votes[(g * CategoryCount) + (int)category] += weight;
                }
            }
        }
        for (var g = 0; g < groups; g++)
        {
            // "they brought us the bread": the house's act told plainly is judged only by its own clause
            var byHouse = ownClauses[g].Mass == 0 && s.Language == Language.En && DoneByThem(s, groupOf, clause, g);
            var evidence = ownClauses[g].Mass > 0
                ? ownClauses[g]
                : byHouse
                    ? default
                    : otherClause[g].Mass > 0
                        ? otherClause[g]
                        : SentenceEvidence(s, valence, groupOf, g, sentence);
            // an act of serving judged only by the dish's quality ("what came to our table was burnt", "brought hot
            // to your table") tells of the dish
            if (ownClauses[g].Mass > 0 && (beyondDish & (1 << g)) == 0 && ServingActsOnly(s, groupOf, g))
            {
                continue;
            }
            if (ownClauses[g].Mass == 0)
            {
                // advice to the reader names the staff without telling what they did ("Always ask the bartender
                // for the beer of the month"): only a judgement in its own clause makes it a mention
                if (advice >= 0 && InClause(groupOf, clause, g, advice))
                {
                    continue;
                }
                // "she was" is the staff only when its own clause judges it ("he was there at eight" narrates). A
                // serving act told without any judgement ("then they brought the soup") narrates the meal; only a
                // named target ("I spoke with the support team") is a mention without one. In English so does one
                // judged only beyond "but" or a semicolon ("they brought the bread, but the pasta was awful").
                // The owner or the manager doing something for the guest ("the manager checked on us", "the owner
                // came over to our table") is serving them, a mention even unjudged.
                var target = TargetOf(s, groupOf, g);
                var serves = (target == TargetKind.JudgedOnly && s.Language == Language.En && HoldsCue(s, groupOf, g))
                    || (target == TargetKind.None && byHouse);
                if (target is TargetKind.Pronoun || (target == TargetKind.JudgedOnly && !serves)
                    || (evidence.Mass == 0 && target != TargetKind.Named && !serves)
                    || (target == TargetKind.None && s.Language == Language.En && !byHouse && ServingActsOnly(s, groupOf, g)))
                {
                    continue;
                }
            }
            // Most texts name the service once.
            mentions ??= new List<ServiceMention>(1);
            var polarity = evidence.Polarity;
            if (polarity == Polarity.Mixed)
            {
                // a verdict comes last: a judgement balanced between praise and blame leans to the side said last
                // ("for people who want great service, this is a place to avoid", "le serveur était charmant et un peu
                // impoli"); measured in English first, then in every language (all rose or stayed)
                var last = ownClauses[g].Mass > 0 ? lastOwn[g] : otherClause[g].Mass > 0 ? lastOther[g] : 0f;
                polarity = last > 0 ? Polarity.Positive : last < 0 ? Polarity.Negative : polarity;
            }
            mentions.Add(Mention(s, groupOf, g, evidence, polarity, votes.Slice(g * CategoryCount, CategoryCount)));
            if (shape == 0)
            {
                var source = ownClauses[g].Mass > 0 ? 0 : byHouse ? 1 : otherClause[g].Mass > 0 ? 2 : evidence.Mass > 0 ? 3 : 4;
                shape = 1 + ((int)TargetOf(s, groupOf, g) * 8) + source;
            }
            strong |= ownClauses[g].Polarity is Polarity.Positive or Polarity.Negative
                && (TargetOf(s, groupOf, g) is TargetKind.Named or TargetKind.JudgedOnly || HoldsLongCue(s, groupOf, g));
        }
        return strong;
    }

    /// <summary>Whether group <paramref name="g"/> holds an English availability cue phrase of three words or more
    /// ("speak to a real person", "get hold of anyone"): said only of the support, and judged one way in its own clause
    /// it is as plain a mention as a word for the staff judged there.</summary>
    private static bool HoldsLongCue(in SentenceContext s, ReadOnlySpan<int> groupOf, int g)
    {
        if (s.Language != Language.En)
        {
            return false;
        }
        for (var t = 0; t < groupOf.Length; t++)
        {
            if (groupOf[t] == g && s.Tokens[t].Span >= 3 && (s.RolesOf(t) & LexiconRole.ServiceCue) != 0 && s.Lexicon[s.Tokens[t].Entry].Category == ServiceCategory.Availability)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether every token of group <paramref name="g"/> stands beyond a strong clause boundary from
    /// <paramref name="t"/> ("but", a semicolon, a dash). Such a judgement reached the mention for want of an aspect
    /// of its own ("nice staff, but I would never go back" judges the evening), so it counts only when the mention's
    /// own part of the sentence says nothing.</summary>
    private static bool FromAnotherClause(ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int t, int g)
    {
        var any = false;
        for (var a = 0; a < groupOf.Length; a++)
        {
            if (groupOf[a] != g)
            {
                continue;
            }
            if (Math.Abs(clause[t] - clause[a]) < SentenceScorer.StrongBoundary)
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    /// <summary>The damped share of the sentence's evidence a mention takes when nothing near it judges it. In English,
    /// after "but", when only what came before the contrast judges anything, the mention's clause answers it and the
    /// share goes the other way ("the soup was cold, but the staff brought us another bowl"); measured in every
    /// language, Spanish lost end to end (0.7891 → 0.7870).</summary>
    private static Evidence SentenceEvidence(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> groupOf, int g, Evidence sentence)
    {
        var share = new Evidence(sentence.Positive * SentenceShare, sentence.Negative * SentenceShare);
        if (s.Language != Language.En)
        {
            return share;
        }
        if (Speaks(s, groupOf, g))
        {
            // "the waiter said the fish was excellent": what the staff said of something else is a narrated act
            return default;
        }
        var contrast = LastContrast(s, 1, FirstOf(groupOf, g, 0));
        if (contrast < 0)
        {
            return share;
        }
        var before = default(Evidence);
        var after = default(Evidence);
        for (var t = 0; t < valence.Length; t++)
        {
            if (t < contrast)
            {
                before = before.Add(valence[t]);
            }
            else
            {
                after = after.Add(valence[t]);
            }
        }
        return after.Mass == 0 && before.Mass > 0 ? new Evidence(before.Negative * SentenceShare, before.Positive * SentenceShare) : share;
    }

    /// <summary>Whether group <paramref name="g"/> says something: a verb of saying is one of its words ("told us") or
    /// follows one of them ("the waiter said").</summary>
    private static bool Speaks(in SentenceContext s, ReadOnlySpan<int> groupOf, int g)
    {
        for (var t = 0; t < groupOf.Length; t++)
        {
            if (groupOf[t] != g)
            {
                continue;
            }
            var next = s.After(t);
            if ((s.SensesOf(t) & EnglishSense.Say) != 0 || (next < groupOf.Length && (s.SensesOf(next) & EnglishSense.Say) != 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the word at <paramref name="t"/> stands before group <paramref name="g"/> with a contrast
    /// word ("but") between them: the group's clause then answers it.</summary>
    private static bool ContrastedBefore(in SentenceContext s, ReadOnlySpan<int> groupOf, int t, int g)
    {
        var first = FirstOf(groupOf, g, t + 1);
        return first < groupOf.Length && LastContrast(s, t + 1, first) >= 0;
    }

    /// <summary>The first token of group <paramref name="g"/> from <paramref name="from"/> on, or the length of
    /// <paramref name="groupOf"/> when there is none.</summary>
    private static int FirstOf(ReadOnlySpan<int> groupOf, int g, int from)
    {
        var first = from;
        while (first < groupOf.Length && groupOf[first] != g)
        {
            first++;
        }
        return first;
    }

    /// <summary>The last contrast word ("but") from <paramref name="from"/> up to before <paramref name="to"/>, or -1.</summary>
    private static int LastContrast(in SentenceContext s, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (s.Tokens[k].Span > 0 && (s.RolesOf(k) & LexiconRole.Contrast) != 0)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>Whether the word at <paramref name="t"/> blames a failure of the service itself, which goes to the
    /// service named beyond "but" even when its own clause judged it: the customer's problem left as it was ("the agent
    /// was friendly, but my problem is still there") or a denied act of serving ("the staff were nice, but nobody
    /// brought the menu"); unlike a verdict on the evening ("nice staff, but I would never go back").</summary>
    private static bool IsServiceFailure(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, int t)
    {
        if (valence[t] >= 0)
        {
            return false;
        }
        var roles = s.RolesOf(t);
        if ((roles & LexiconRole.Trouble) != 0)
        {
            return true;
        }
        if ((roles & (LexiconRole.Negator | LexiconRole.PostNegator)) == 0)
        {
            return false;
        }
        for (var j = Math.Max(0, t - FailureReach); j < s.Tokens.Length && j <= t + FailureReach; j++)
        {
            if (j != t && clause[j] == clause[t] && s.Tokens[j].Span > 0 && (s.RolesOf(j) & LexiconRole.ServiceCue) != 0 && IsServingEvent(s, j))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the word at <paramref name="t"/> opens the clause after a contrast word, with only boosters,
    /// negators or articles between ("slow but very sweet", "rushed, but never rude"): an elliptic clause that goes on
    /// judging the subject before the contrast, not a new verdict with a subject of its own ("but I would never go
    /// back").</summary>
    private static bool ContinuesPredicate(in SentenceContext s, int t)
    {
        for (var k = t - 1; k >= 0 && k >= t - MaxPredicateLead; k--)
        {
            var roles = s.RolesOf(k);
            if ((roles & LexiconRole.Contrast) != 0)
            {
                return true;
            }
            if (s.Tokens[k].Span != 0 && (roles & PredicateLead) == 0)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A sentence that opens with a condition ("als je de ober iets vraagt, …"), or whose short label before a
    /// colon is followed by one ("Tip: als je …"), gives advice or states a hypothesis: what it says of the service
    /// is not an experience of it.</summary>
    private static bool OpensWithCondition(in SentenceContext s)
    {
        var words = 0;
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            ref readonly var token = ref s.Tokens[t];
            if (token.Kind == TokenKind.Word)
            {
                if (words == 0 && (s.RolesOf(t) & LexiconRole.Condition) != 0)
                {
                    return true;
                }
                if (++words > MaxLabelWords)
                {
                    return false;
                }
            }
            else if (token.Kind == TokenKind.ClauseBreak && s.Text[token.Start] == ':')
            {
                words = 0;
            }
        }
        return false;
    }

    /// <summary>
    /// Numbers the service groups (targets: a new group per clause or after another aspect; cues: the nearest target's
    /// group unless another aspect stands between, else a group per clause) and marks other aspects.
    /// </summary>
    private static int GroupAnchors(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, int advice, Span<int> groupOf)
    {
        var groups = 0;
        var groupClause = -1;
        var otherSince = false;
        var cues = false;
        // a pronoun after someone named stands for them; one before anyone is named stands for the staff the
        // sentences before spoke of ("he was great"), when nothing else in the sentence tells of the service
        var named = false;
        // the group of the staff named last, when no one else was named after them: a pronoun then stands for them ("the
        // waiter, Tom, recommended the fish and he was right, he was lovely")
        var staffGroup = -1;
        // in English, a judgement after the group's last target and then "and" ("the waiter was helpful and ..."): a
        // target after them opens a coordinated clause of its own ("... and the waitress was rude")
        var judged = false;
        var joined = false;
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            var roles = s.RolesOf(t);
            var senses = s.SensesOf(t);
            groupOf[t] = NoAnchor;
            if (groups > 0 && clause[t] == groupClause && s.Language == Language.En)
            {
                joined |= judged && (roles & LexiconRole.Conjunction) != 0 && (roles & LexiconRole.ServiceTarget) == 0;
                judged |= valence[t] != 0 && (roles & LexiconRole.ServiceTarget) == 0;
            }
            if (clause[t] == advice && (senses & EnglishSense.Imperative) != 0)
            {
                continue;
            }
            if ((roles & LexiconRole.ServiceTarget) != 0 && NotNeeded(s, clause, t))
            {
                continue;
            }
            if ((roles & LexiconRole.ServiceTarget) != 0 && (senses & EnglishSense.Machine) != 0 && NamesMachine(s, clause, t))
            {
                // "our servers were down": the computers that host the product, not the people waiting tables
                groupOf[t] = OtherAspect;
                otherSince = true;
                continue;
            }
            if ((senses & EnglishSense.Person) != 0 || IsNamedTarget(roles, senses))
            {
                named = true;
                staffGroup = -1;
            }
            else if ((senses & EnglishSense.Pronoun) != 0 && staffGroup >= 0 && s.Language == Language.En)
            {
                groupOf[t] = staffGroup;
                continue;
            }
            else if ((senses & EnglishSense.Pronoun) != 0 && (named || SaysServiceOtherwise(s, valence)))
            {
                continue;
            }
            if ((roles & LexiconRole.ServiceTarget) != 0)
            {
                if (groups == 0 || clause[t] != groupClause || otherSince || (joined && IsNamedTarget(roles, senses)))
                {
                    if (groups == MaxGroups)
                    {
                        continue;
                    }
                    groups++;
                }
                groupOf[t] = groups - 1;
                groupClause = clause[t];
                otherSince = false;
                judged = false;
                joined = false;
                staffGroup = IsNamedTarget(roles, senses) ? groups - 1 : staffGroup;
            }
            else if ((roles & LexiconRole.ServiceCue) != 0 && s.Language == Language.En && (DescribesOwnPeople(s, clause, t) || OwnAbsenceBefore(s, t)))
            {
                // "Our helpdesk agents are fast and friendly": the customer's own people described, not the service
                continue;
            }
            else if ((roles & LexiconRole.ServiceCue) != 0 || IsWait(s, valence, t) || IsWrongCharge(s, clause, t) || RefusedByThem(s, clause, groupOf, t))
            {
                groupOf[t] = PendingCue;
                cues = true;
            }
            else if ((senses & EnglishSense.House) != 0 && IsHouse(s, t) && HouseActs(s, clause, t))
            {
                // "The hotel never replied to my email": the business doing an act of serving is the house, as "they"
                // is, no place the act describes; its act makes the mention
                continue;
            }
            else if ((roles & LexiconRole.OtherAspect) != 0)
            {
                groupOf[t] = OtherAspect;
                otherSince = true;
            }
        }
        if (!cues)
        {
            return groups;
        }
        var targetGroups = groups;
        var cueClause = -1;
        for (var t = 0; t < groupOf.Length; t++)
        {
            if (groupOf[t] != PendingCue)
            {
                continue;
            }
            // a wrong charge is the business's doing whatever the clause opened with ("the bar charged us for drinks we
            // didn't order"), like a wait
            var wait = IsWait(s, valence, t) || IsWrongCharge(s, clause, t);
            var target = targetGroups > 0 ? TargetWithoutRival(groupOf, t, wait) : -1;
            // "the wifi is fast although the service is slow": a cue whose own clause, beyond "although", "but" or a
            // semicolon from the staff named, holds another aspect before it describes that aspect, not the staff
            if (target >= 0 && Math.Abs(clause[target] - clause[t]) >= SentenceScorer.StrongBoundary && !wait && DescribesOtherAspect(s, groupOf, clause, t) && !IsServingEvent(s, t))
            {
                groupOf[t] = NoAnchor;
                continue;
            }
            if (target >= 0)
            {
                groupOf[t] = groupOf[target];
                continue;
            }
            if (DescribesOtherAspect(s, groupOf, clause, t) && !wait && !IsServingEvent(s, t))
            {
                groupOf[t] = NoAnchor;
                continue;
            }
            if (groups == targetGroups || clause[t] != cueClause)
            {
                if (groups == MaxGroups)
                {
                    groupOf[t] = NoAnchor;
                    continue;
                }
                groups++;
                cueClause = clause[t];
            }
            groupOf[t] = groups - 1;
        }
        return groups;
    }

    /// <summary>Whether the service target at <paramref name="t"/> is support the customer says they did without: a need
    /// word (<see cref="EnglishSense.Need"/>) at most <see cref="NeedReach"/> words before it in its clause, with no
    /// other service word between, that a negator denies or that opens with one ("I never needed support", "no need
    /// for support so far", "didn't even need to open a ticket"). No experience of the service and no complaint about
    /// it, where the negated target would otherwise blame it.</summary>
    private static bool NotNeeded(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        // words, not tokens: a long need phrase ("our team never got around to") counts as one word before the target
        var words = 0;
        for (var j = t - 1; j >= 0 && words < NeedReach && clause[j] == clause[t]; j--)
        {
            if (s.Tokens[j].Span == 0)
            {
                continue;
            }
            words++;
            var roles = s.RolesOf(j);
            if ((s.SensesOf(j) & EnglishSense.Need) != 0)
            {
                return ((roles & LexiconRole.NegatedPhrase) != 0 || SentenceScorer.IsDenied(s, clause, j)) && !ToBeAfter(s, t);
            }
            if ((roles & Service) != 0)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether the service word at <paramref name="t"/>, one that also names a machine (<see
    /// cref="EnglishSense.Machine"/>: "server"), names the machine here: a word of computing stands at most <see
    /// cref="MachineReach"/> words before or after it in its clause ("our servers crashed", "the database server",
    /// "restart the server", "server uptime"). "down" counts only after a verb of being or going and not before "to" or
    /// an article ("our servers were down", "the server went down"; not "our server was down to earth", "went down the
    /// list of specials").</summary>
    private static bool NamesMachine(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var last = Math.Min(s.Tokens.Length - 1, t + MachineReach);
        for (var j = Math.Max(0, t - MachineReach); j <= last; j++)
        {
            if (j == t || clause[j] != clause[t] || s.Tokens[j].Span == 0)
            {
                continue;
            }
            if ((s.SensesOf(j) & EnglishSense.Machine) != 0 && (s.RolesOf(j) & LexiconRole.ServiceTarget) == 0
                && (!s.FoldOf(j).SequenceEqual("down") || GoesDown(s, clause, j)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the "down" at <paramref name="j"/> says a machine stopped: after "is", "was", "went", "been" …
    /// and not before "to" or an article ("the server was down for hours", not "down to earth", "down the list").</summary>
    private static bool GoesDown(in SentenceContext s, ReadOnlySpan<int> clause, int j)
    {
        if (j == 0)
        {
            return false;
        }
        var before = s.FoldOf(j - 1);
        if (!IsCopula(before) && before is not ("went" or "go" or "goes" or "going" or "gone" or "been" or "be" or "being"))
        {
            return false;
        }
        var next = j + 1;
        return next >= s.Tokens.Length || clause[next] != clause[j] || s.Tokens[next].Kind != TokenKind.Word
            || (!s.FoldOf(next).SequenceEqual("to") && (s.RolesOf(next) & LexiconRole.Determiner) == 0);
    }

    /// <summary>Whether "to be" follows the target at <paramref name="t"/>: "there was no need for the agent to be rude"
    /// denies the need of the rudeness, not of the agent, who was rude.</summary>
    private static bool ToBeAfter(in SentenceContext s, int t)
    {
        var next = s.After(t);
        return next + 1 < s.Tokens.Length && s.FoldOf(next).SequenceEqual("to") && s.FoldOf(next + 1).SequenceEqual("be");
    }

    /// <summary>Whether every token of group <paramref name="g"/> stands in clause <paramref name="c"/>.</summary>
    private static bool InClause(ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int g, int c)
    {
        for (var t = 0; t < groupOf.Length; t++)
        {
            if (groupOf[t] == g && clause[t] != c)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The clause of an imperative that opens the sentence, after at most two leading words ("Just ignore
    /// the crowd", "Always ask the bartender for the beer of the month"), also inside an opening bracket, or -1:
    /// advice to the reader, whose service words tell what to do, not what the service did.</summary>
    private static int AdviceClause(in SentenceContext s, ReadOnlySpan<int> clause)
    {
        var lead = 0;
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            if (s.Tokens[t].Kind != TokenKind.Word)
            {
                // an opening bracket before the advice ("(Always ask for the daily special)") is no word of it
                if (lead == 0 && t == 0 && s.Tokens[t].Kind == TokenKind.ClauseBreak && s.Text[s.Tokens[t].Start] is '(' or '[')
                {
                    continue;
                }
                return -1;
            }
            var senses = s.SensesOf(t);
            if ((senses & EnglishSense.Imperative) != 0)
            {
                // a verb lent from another language's lexicon ("visit", "go" in a French text) gives no advice
                return s.Lexicon[s.Tokens[t].Entry].Language == s.Language ? clause[t] : -1;
            }
            if ((senses & EnglishSense.AdviceLead) == 0 || ++lead > MaxAdviceLead)
            {
                return -1;
            }
        }
        return -1;
    }

    private static bool IsNamedTarget(LexiconRole roles, EnglishSense senses) =>
        (roles & LexiconRole.ServiceTarget) != 0 && (senses & EnglishSense.Pronoun) == 0;

    /// <summary>Whether a word other than a pronoun tells of the service: then it, not the pronoun, takes the
    /// sentence's judgement.</summary>
    private static bool SaysServiceOtherwise(in SentenceContext s, ReadOnlySpan<float> valence)
    {
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            var roles = s.RolesOf(t);
            if ((roles & LexiconRole.ServiceCue) != 0 || IsNamedTarget(roles, s.SensesOf(t)) || IsWait(s, valence, t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A cue with no service target is about the aspect its clause opens with ("the dashboard loads fast"),
    /// not about one it goes on to ("we waited an hour for the main course"), unless it stands right before that
    /// aspect and qualifies it ("a friendly atmosphere", "ненавязчивая музыка"). Turkish ends its clauses with the
    /// verb and puts adverbs right before it, so there a cue before an aspect verb qualifies an act of serving
    /// ("özenle sunuyorlar": they serve it with care).</summary>
    private static bool DescribesOtherAspect(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int t)
    {
        var next = s.After(t);
        if (s.Language != Language.Tr && next < groupOf.Length && groupOf[next] == OtherAspect && !GivesTheAspect(s, t))
        {
            return true;
        }
        // blame of manner belongs to the aspect only when that aspect is its subject, right before it ("my kids
        // spilled", "the other guests were rude")
        for (var a = IsMannerWord(s, t) ? Math.Max(0, t - MannerSubjectReach) : 0; a < t; a++)
        {
            if (groupOf[a] == OtherAspect && clause[a] == clause[t] && !SubjectBetween(s, a, t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the cue at <paramref name="t"/> is an English phrase of kindness that gives the guest the aspect
    /// right after it ("they threw in a free dessert", "sent over a complimentary glass of wine"): the aspect is what
    /// the house gave, the phrase's object, not what the phrase qualifies as a single word does ("a friendly
    /// atmosphere").</summary>
    private static bool GivesTheAspect(in SentenceContext s, int t)
    {
        if (s.Language != Language.En || s.Tokens[t].Span < 2)
        {
            return false;
        }
        ref readonly var entry = ref s.Lexicon[s.Tokens[t].Entry];
        return entry.Has(LexiconRole.ServiceCue) && entry.Category == ServiceCategory.Friendliness && entry.Valence > 0;
    }

    /// <summary>Whether a subject pronoun of the text's own language ("they", "we") stands between the aspect at
    /// <paramref name="a"/> and the cue at <paramref name="t"/>: the cue then has a subject of its own ("the food is
    /// great and they are always friendly", "the pasta was fine and we never felt rushed").</summary>
    private static bool SubjectBetween(in SentenceContext s, int a, int t)
    {
        for (var k = a + 1; k < t; k++)
        {
            var entry = s.Tokens[k].Entry;
            if (entry >= 0 && s.Tokens[k].Span > 0 && s.Lexicon[entry].Has(EnglishSense.Subject) && s.Lexicon[entry].Language == s.Language)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Blame of manner ("rude", "unfriendly", "ignored", "forgot") is said of the people serving, not of a dish
    /// or the place: an aspect its clause opened with does not take it ("the pasta was fine and the guys were so rude"),
    /// unless it stands right before as the subject ("my kids spilled their juice"). Praise of manner is left to the
    /// clause's aspect ("the welcoming room", "attention to detail").</summary>
    private static bool IsMannerWord(in SentenceContext s, int t)
    {
        ref readonly var entry = ref s.Lexicon[s.Tokens[t].Entry];
        return entry.Valence < 0 && entry.Has(LexiconRole.ServiceCue) && entry.Category == ServiceCategory.Friendliness;
    }

    /// <summary>A cue without sentiment of its own names an act of serving ("brought", "принесли", "getirdi"), which
    /// is service whatever it was done with ("the drinks were brought quickly"); so does waiting for it.</summary>
    private static bool IsServingEvent(in SentenceContext s, int t)
    {
        ref readonly var entry = ref s.Lexicon[s.Tokens[t].Entry];
        return entry.Has(LexiconRole.Waiting) || (!entry.Has(LexiconRole.Sentiment) && entry.Category == ServiceCategory.Speed);
    }

    /// <summary>Whether group <paramref name="g"/> is only acts of serving told without sentiment ("brought", "came to
    /// our table", "refilled"): no target, no judging cue, no wait.</summary>
    private static bool ServingActsOnly(in SentenceContext s, ReadOnlySpan<int> groupOf, int g)
    {
        for (var t = 0; t < groupOf.Length; t++)
        {
            if (groupOf[t] != g)
            {
                continue;
            }
            var roles = s.RolesOf(t);
            if ((roles & (LexiconRole.ServiceTarget | LexiconRole.Waiting)) != 0 || (roles & LexiconRole.ServiceCue) == 0 || !IsServingEvent(s, t))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A wait, told by a verb ("we waited") or by a long or bounded span of time ("after 40 minutes",
    /// "within 10 minutes"), is the service's doing whatever was waited for: it joins the service target across a
    /// dish ("the waiter brought our drinks after 35 minutes") and makes a mention of its own without one ("the
    /// soup came after 40 minutes").</summary>
    private static bool IsWait(in SentenceContext s, ReadOnlySpan<float> valence, int t)
    {
        var roles = s.RolesOf(t);
        return (roles & LexiconRole.Waiting) != 0 || ((roles & LexiconRole.Duration) != 0 && valence[t] != 0 && WaitingTime.Valence(s, t) != 0);
    }

    /// <summary>Whether the word at <paramref name="t"/> bills the guest for what its clause then says they did not
    /// order or receive (<see cref="SentenceScorer.ChargedForWhatWasNot"/>): the business's mistake, a service cue.</summary>
    private static bool IsWrongCharge(in SentenceContext s, ReadOnlySpan<int> clause, int t) =>
        (s.SensesOf(t) & EnglishSense.Bill) != 0 && SentenceScorer.ChargedForWhatWasNot(s, clause, t);

    /// <summary>Whether a wait of a day or more that blames stands in the clause of <paramref name="t"/> ("took two
    /// months to fix"): a recovery there came late (<see cref="SentenceScorer"/> praises nothing of it).</summary>
    private static bool LateInClause(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, int t)
    {
        for (var j = 0; j < valence.Length; j++)
        {
            if (clause[j] == clause[t] && WaitingTime.IsDaysLong(s, j, valence[j]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether group <paramref name="g"/> holds an act of serving or attention ("checked on us", "came over",
    /// "stopped by": a speed cue that says nothing); what they said ("told me") or were asked is no such act.</summary>
    private static bool HoldsCue(in SentenceContext s, ReadOnlySpan<int> groupOf, int g)
    {
        for (var t = 0; t < groupOf.Length; t++)
        {
            if (groupOf[t] == g && IsAttentionAct(s, t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the word at <paramref name="t"/> is an act of serving or attention: a speed cue that is no verb
    /// of saying ("checked on us", "brought", "came over"; not "told me").</summary>
    private static bool IsAttentionAct(in SentenceContext s, int t) =>
        (s.RolesOf(t) & LexiconRole.ServiceCue) != 0 && (s.SensesOf(t) & EnglishSense.Say) == 0
        && s.Lexicon[s.Tokens[t].Entry].Category == ServiceCategory.Speed;

    /// <summary>Whether an act of serving of group <paramref name="g"/> (<see cref="HoldsCue"/>) has "they" for its
    /// subject, at most <see cref="HouseSubjectReach"/> words before it in its clause with no other anchor or subject
    /// between ("they brought us a second basket", "they seated us right away"): in a review "they" are the house, and
    /// the act is serving the guest, as the named staff's act is ("the waiter brought us the bread").</summary>
    private static bool DoneByThem(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int g)
    {
        for (var t = 0; t < groupOf.Length; t++)
        {
            if (groupOf[t] != g || !IsAttentionAct(s, t) || !IsServingEvent(s, t))
            {
                continue;
            }
            var they = TheySubjectOf(s, groupOf, clause, t);
            if (they >= 0)
            {
                // "our friends were late and they brought wine": "they" are the people named before
                return !PersonBefore(s, they);
            }
        }
        return false;
    }

    /// <summary>Whether token <paramref name="t"/> is a refusal of the guest ("wouldn't let us", "didn't give us") with
    /// "they" for subject, at most <see cref="HouseSubjectReach"/> words before it in its clause with no anchor, subject
    /// or person between and no person named before "they" ("they wouldn't even let us sit at the bar"): the house
    /// refusing the guest, a mention of the service. A refusal with another subject judges only the staff it is said of
    /// ("the app won't let me export", "my kids wouldn't let me finish"); English only.</summary>
    private static bool RefusedByThem(in SentenceContext s, ReadOnlySpan<int> clause, ReadOnlySpan<int> groupOf, int t)
    {
        if (s.Language != Language.En || s.Tokens[t].Span == 0 || (s.SensesOf(t) & EnglishSense.Refusal) == 0)
        {
            return false;
        }
        var they = TheySubjectOf(s, groupOf, clause, t);
        return they >= 0 && !PersonBefore(s, they);
    }

    /// <summary>The "they" that is the subject of the word at <paramref name="t"/>: at most
    /// <see cref="HouseSubjectReach"/> words before it in its clause with no anchor, subject or person between; -1 when
    /// there is none.</summary>
    private static int TheySubjectOf(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int t)
    {
        var words = 0;
        for (var k = t - 1; k >= 0 && clause[k] == clause[t]; k--)
        {
            ref readonly var token = ref s.Tokens[k];
            if (token.Span == 0)
            {
                continue;
            }
            if (IsThey(s, k) || ((s.SensesOf(k) & EnglishSense.House) != 0 && IsHouse(s, k)))
            {
                return k;
            }
            if (token.Kind != TokenKind.Word || groupOf[k] != NoAnchor || (s.SensesOf(k) & (EnglishSense.Subject | EnglishSense.Person)) != 0 || ++words > HouseSubjectReach)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>Whether the one-word cue at <paramref name="t"/> is said of the customer's own people through a copula:
    /// a <see cref="EnglishSense.Person"/> phrase ("our team", "our helpdesk agents") opens the clause, then "is", "are",
    /// "was", "were", "seem" …, then only boosters, other words of judgement and "and" up to the cue ("Our helpdesk
    /// agents are fast and friendly", "Our own IT team was slow to roll it out"). What was done to them stays the
    /// service's: a participle ("our team was ignored", "… forgotten") or a phrase ("our team was left waiting", "our
    /// team got no answer") is not described by the copula (round analyzer56).</summary>
    private static bool DescribesOwnPeople(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var word = s.FoldOf(t);
        if (s.Tokens[t].Span != 1 || word.EndsWith("ed") || word.EndsWith("en"))
        {
            return false;
        }
        var copula = false;
        for (var j = t - 1; j >= 0 && clause[j] == clause[t]; j--)
        {
            if (s.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
            if (s.Tokens[j].Span == 0)
            {
                continue;
            }
            var roles = s.RolesOf(j);
            if ((s.SensesOf(j) & EnglishSense.Person) != 0)
            {
                return copula && SentenceScorer.OpensClause(s, j);
            }
            if (!copula && IsCopula(s.FoldOf(j)))
            {
                copula = true;
                continue;
            }
            if (copula || (roles & (LexiconRole.Booster | LexiconRole.Conjunction | LexiconRole.Sentiment | LexiconRole.ServiceCue | LexiconRole.CategoryHint)) == 0)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether the cue at <paramref name="t"/> tells that no one answered (an availability cue of blame) after
    /// the customer's own side was said to be away or closed earlier in its sentence (<see cref="EnglishSense.OwnAbsence"/>:
    /// "Our office was closed during the outage, so nobody answered the phone"): the absence is theirs, not the
    /// vendor's.</summary>
    private static bool OwnAbsenceBefore(in SentenceContext s, int t)
    {
        ref readonly var entry = ref s.Lexicon[s.Tokens[t].Entry];
        if (entry.Category != ServiceCategory.Availability || entry.Valence >= 0)
        {
            return false;
        }
        for (var j = t - 1; j >= 0; j--)
        {
            if (s.Tokens[j].Span > 0 && (s.SensesOf(j) & EnglishSense.OwnAbsence) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCopula(ReadOnlySpan<char> word) =>
        word is "is" or "are" or "was" or "were" or "seem" or "seems" or "seemed" or "remain" or "remains" or "stay" or "stays";

    private static bool PersonBefore(in SentenceContext s, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (s.Tokens[j].Span > 0 && (s.SensesOf(j) & EnglishSense.Person) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the business word at <paramref name="k"/> (<see cref="EnglishSense.House"/>) is named as the
    /// house: in English, after "the", "this" or "our" opening its clause ("The hotel …", "and the shop …"), and not
    /// the owner of something named after it ("the company's app").</summary>
    private static bool IsHouse(in SentenceContext s, int k)
    {
        if (s.Language != Language.En || s.Tokens[k].Span != 1 || k == 0)
        {
            return false;
        }
        var det = k - 1;
        if (s.Tokens[det].Kind != TokenKind.Word || !SentenceScorer.OpensClause(s, det))
        {
            return false;
        }
        var word = s.FoldOf(det);
        if (word is not ("the" or "this" or "our"))
        {
            return false;
        }
        var next = s.After(k);
        return next >= s.Tokens.Length || s.Tokens[next].Kind != TokenKind.Word || !s.FoldOf(next).StartsWith("'");
    }

    /// <summary>Whether the house named at <paramref name="t"/> does an act of serving, answering or refusing (a service
    /// cue or a <see cref="EnglishSense.Refusal"/>) at most <see cref="HouseSubjectReach"/> words after it in its
    /// clause, with no copula, subject, person or other aspect between ("The hotel never replied", "The bank sorted
    /// it out"; not "The hotel was lovely", "the restaurant's staff").</summary>
    private static bool HouseActs(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var words = 0;
        for (var k = t + 1; k < s.Tokens.Length && clause[k] == clause[t]; k++)
        {
            ref readonly var token = ref s.Tokens[k];
            if (token.Span == 0)
            {
                continue;
            }
            var roles = s.RolesOf(k);
            var senses = s.SensesOf(k);
            if ((roles & LexiconRole.ServiceCue) != 0 || (senses & EnglishSense.Refusal) != 0)
            {
                return true;
            }
            if (token.Kind != TokenKind.Word || IsCopula(s.FoldOf(k)) || (senses & (EnglishSense.Subject | EnglishSense.Person)) != 0
                || (roles & (LexiconRole.ServiceTarget | LexiconRole.OtherAspect)) != 0 || ++words > HouseSubjectReach)
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsThey(in SentenceContext s, int k)
    {
        ref readonly var token = ref s.Tokens[k];
        return token.Kind == TokenKind.Word && token.End - token.Start == 4
            && s.Text.Slice(token.Start, 4).Equals("they", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether group <paramref name="g"/> has a named target, only a pronoun standing for one, only a target
    /// that needs a judgement of its own, or none.</summary>
    private static TargetKind TargetOf(in SentenceContext s, ReadOnlySpan<int> groupOf, int g)
    {
        var kind = TargetKind.None;
        for (var t = 0; t < groupOf.Length; t++)
        {
            var roles = s.RolesOf(t);
            if (groupOf[t] != g || (roles & LexiconRole.ServiceTarget) == 0)
            {
                continue;
            }
            var senses = s.SensesOf(t);
            if (IsNamedTarget(roles, senses) && (senses & EnglishSense.JudgedOnly) == 0)
            {
                return TargetKind.Named;
            }
            kind = (senses & EnglishSense.Pronoun) != 0 || kind == TargetKind.Pronoun ? TargetKind.Pronoun : TargetKind.JudgedOnly;
        }
        return kind;
    }

    /// <summary>The nearest target token with no other aspect between it and <paramref name="t"/> (unless
    /// <paramref name="acrossRivals"/>), or -1.</summary>
    private static int TargetWithoutRival(ReadOnlySpan<int> groupOf, int t, bool acrossRivals)
    {
        for (var d = 1; d <= MaxReach; d++)
        {
            var before = t - d;
            var after = t + d;
            if (before < 0 && after >= groupOf.Length)
            {
                break;
            }
            if (before >= 0 && groupOf[before] >= 0 && (acrossRivals || !RivalBetween(groupOf, before, t)))
            {
                return before;
            }
            if (after < groupOf.Length && groupOf[after] >= 0 && (acrossRivals || !RivalBetween(groupOf, t, after)))
            {
                return after;
            }
        }
        return -1;
    }

    private static bool RivalBetween(ReadOnlySpan<int> groupOf, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (groupOf[k] == OtherAspect)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Gives every anchor the mask of service groups it shares sentiment with: its own group, plus the groups of
    /// aspects listed with it — separated only by commas, conjunctions, function words and at most one unknown word.
    /// </summary>
    private static void LinkLists(in SentenceContext s, ReadOnlySpan<int> clause, ReadOnlySpan<int> groupOf, Span<int> shared)
    {
        var listStart = -1;
        var listMask = 0;
        var previous = -1;
        for (var t = 0; t <= groupOf.Length; t++)
        {
            var end = t == groupOf.Length;
            if (!end)
            {
                shared[t] = 0;
                if (groupOf[t] == NoAnchor)
                {
                    continue;
                }
                if (IsJudgement(s, t))
                {
                    shared[t] = groupOf[t] >= 0 ? 1 << groupOf[t] : 0;
                    continue;
                }
            }
            if (end || previous < 0 || !Listed(s, clause, previous, t))
            {
                for (var k = listStart; k >= 0 && k < t; k++)
                {
                    if (groupOf[k] != NoAnchor && !IsJudgement(s, k))
                    {
                        shared[k] = listMask;
                    }
                }
                listStart = t;
                listMask = 0;
            }
            if (!end)
            {
                listMask |= groupOf[t] >= 0 ? 1 << groupOf[t] : 0;
                previous = t;
            }
        }
    }

    /// <summary>Whether the anchor at <paramref name="t"/> is a service cue that judges ("slow", "rude"): a predicate,
    /// not a thing that can be listed, so "service was slow, the food was great" lists nothing and the food keeps its
    /// praise.</summary>
    private static bool IsJudgement(in SentenceContext s, int t)
    {
        var roles = s.RolesOf(t);
        return (roles & LexiconRole.ServiceTarget) == 0 && (roles & LexiconRole.Sentiment) != 0;
    }

    /// <summary>Roles of the words that may stand between two items of a list ("the food, or else the service").</summary>
    private const LexiconRole ListWords = LexiconRole.Conjunction | LexiconRole.Alternative | LexiconRole.Determiner
        | LexiconRole.Stopword | LexiconRole.Booster;

    private static bool Listed(in SentenceContext s, ReadOnlySpan<int> clause, int a, int b)
    {
        var tokens = s.Tokens;
        var first = s.After(a);
        if (b - first > MaxListGap || clause[b] - clause[a] >= SentenceScorer.StrongBoundary)
        {
            return false;
        }
        if ((s.SensesOf(a) & (EnglishSense.Say | EnglishSense.Bill)) != 0)
        {
            // "told me my teeth were perfect", "charged us for bread, which was ridiculous": the speaker's act and what
            // was said, a charge and what it was for, are no list
            return false;
        }
        var unknown = 0;
        for (var k = first; k < b; k++)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.ClauseBreak || token.Span == 0)
            {
                continue;
            }
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }
            var roles = s.RolesOf(k);
            var senses = s.SensesOf(k);
            if (roles == LexiconRole.None && senses == EnglishSense.None)
            {
                unknown++;
            }
            else if ((roles & ~ListWords) != 0 || senses != EnglishSense.None || (roles & LexiconRole.Stopword) != 0 && !IsFunctionWordInList(s, k))
            {
                return false;
            }
        }
        return unknown <= 1;
    }

    /// <summary>Determiners and possessives may sit in a list ("the food, our wine and the service"); a verb may not.</summary>
    private static bool IsFunctionWordInList(in SentenceContext s, int k) => s.Tokens[k].FoldLength <= 4;

    /// <summary>The service anchor nearest to <paramref name="t"/> within reach, or else the nearest anchor.</summary>
    private static int NearestService(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int t)
    {
        if (groupOf[t] >= 0)
        {
            return t;
        }
        var best = -1;
        var bestCost = float.MaxValue;
        var last = Math.Min(groupOf.Length - 1, t + MaxReach);
        for (var a = Math.Max(0, t - MaxReach); a <= last; a++)
        {
            var cost = Math.Abs(a - t) + Math.Abs(clause[a] - clause[t]);
            if (groupOf[a] >= 0 && cost < bestCost)
            {
                best = a;
                bestCost = cost;
            }
        }
        return best >= 0 ? best : Nearest(s, groupOf, clause, t);
    }

    /// <summary>The staff word whose prepositional phrase holds the aspect at <paramref name="a"/>, when the word at
    /// <paramref name="t"/> comes after that aspect in its clause with no anchor between: the predicate judges the
    /// subject, not the noun of its phrase ("the service at the hotel is poor", "the staff at the bar were rude");
    /// otherwise <paramref name="a"/> itself.</summary>
    private static int PhraseHead(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int a, int t)
    {
        if (a >= t || groupOf[a] != OtherAspect || s.Language != Language.En)
        {
            return a;
        }
        for (var k = s.After(a); k < t; k++)
        {
            if (groupOf[k] != NoAnchor || clause[k] != clause[a])
            {
                return a;
            }
        }
        // back from the aspect over its article and modifiers ("the front", "this") to the preposition, then the staff
        for (var k = a - 1; k >= 0 && a - k <= MaxPhraseLead + 1; k--)
        {
            // an aspect right before the phrase's aspect modifies it ("at the pool bar")
            if (clause[k] != clause[a] || (groupOf[k] == OtherAspect && s.After(k) != a))
            {
                return a;
            }
            if ((s.SensesOf(k) & EnglishSense.Preposition) != 0)
            {
                var head = k - 1;
                while (head > 0 && s.Tokens[head].Span == 0)
                {
                    head--;
                }
                return head >= 0 && groupOf[head] >= 0 && clause[head] == clause[a]
                    && (s.RolesOf(head) & LexiconRole.ServiceTarget) != 0 && (s.SensesOf(head) & EnglishSense.Pronoun) == 0 ? head : a;
            }
        }
        return a;
    }

    /// <summary>The anchor token nearest to <paramref name="t"/> (itself if it is one).</summary>
    private static int Nearest(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int t)
    {
        if (groupOf[t] != NoAnchor)
        {
            return t;
        }
        var best = t;
        var bestCost = float.MaxValue;
        var last = Math.Min(groupOf.Length - 1, t + MaxReach);
        for (var a = Math.Max(0, t - MaxReach); a <= last; a++)
        {
            if (groupOf[a] == NoAnchor)
            {
                continue;
            }
            var cost = a == t + 1 || ObjectAfter(s, clause, t, a) ? AttributiveCost : Math.Abs(a - t) + Math.Abs(clause[a] - clause[t]) + (a > t ? ForwardPenalty : 0f);
            if (cost < bestCost)
            {
                best = a;
                bestCost = cost;
            }
        }
        return best;
    }

    /// <summary>Whether the aspect at <paramref name="a"/> is the object of the word at <paramref name="t"/> that opens its
    /// clause, with only an article between ("Loved the food, hated the service"): what the word judges, as an attributive
    /// word judges the noun right after it, not the aspect of the clause before the comma.</summary>
    private static bool ObjectAfter(in SentenceContext s, ReadOnlySpan<int> clause, int t, int a)
    {
        if (a <= t + 1 || clause[a] != clause[t] || s.Language != Language.En)
        {
            return false;
        }
        var article = s.After(t);
        return s.After(article) == a && (s.RolesOf(article) & LexiconRole.Determiner) != 0
            && SentenceScorer.OpensClause(s, t);
    }

    private static ServiceMention Mention(in SentenceContext s, ReadOnlySpan<int> groupOf, int g, Evidence evidence, Polarity polarity, ReadOnlySpan<float> votes)
    {
        var tokens = s.Tokens;
        int first = -1, last = -1, target = -1, targetLast = -1, pronoun = -1, pronounLast = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (groupOf[t] != g)
            {
                continue;
            }
            if (first < 0)
            {
                first = t;
            }
            last = t + tokens[t].Span - 1;
            if ((s.SensesOf(t) & EnglishSense.Pronoun) != 0)
            {
                // a pronoun standing for the staff named before it is no part of their name
                pronoun = pronoun < 0 ? t : pronoun;
                pronounLast = t + tokens[t].Span - 1;
            }
            else if ((s.RolesOf(t) & LexiconRole.ServiceTarget) != 0)
            {
                target = target < 0 ? t : target;
                targetLast = t + tokens[t].Span - 1;
            }
        }
        if (target < 0)
        {
            (target, targetLast) = (pronoun, pronounLast);
        }
        var explicitTarget = target >= 0;
        if (explicitTarget)
        {
            first = target;
            last = targetLast;
        }
        var category = 0;
        for (var c = 1; c < votes.Length; c++)
        {
            if (votes[c] > votes[category])
            {
                category = c;
            }
        }
        var start = tokens[first].Start;
        var end = tokens[last].End;
        var strength = MathF.Abs(evidence.Positive - evidence.Negative);
        var confidence = (explicitTarget ? 0.55f : 0.35f) + (0.4f * strength / (strength + 2f));
        var text = new string(s.Text[start..end]);
        var (targetStart, targetEnd) = (tokens[first].Start, tokens[first + tokens[first].Span - 1].End);
        return new ServiceMention(
            text,
            start,
            end - start,
            polarity,
            Math.Round(confidence, 3),
            (ServiceCategory)category,
            // Most spans are the target alone ("support", "the agent"): one string serves both.
            targetStart == start && targetEnd == end ? text : new string(s.Text[targetStart..targetEnd]));
    }

    /// <summary>What names the service in a group: a word for the staff, only a pronoun standing for them, only a word
    /// for the staff that says nothing of the service unjudged ("the owner"), or nothing.</summary>
    private enum TargetKind
    {
        None,
        Pronoun,
        JudgedOnly,
        Named,
    }
}
