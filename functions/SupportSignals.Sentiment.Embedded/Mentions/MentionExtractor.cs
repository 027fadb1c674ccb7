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
internal static partial class MentionExtractor
{
    private const int MaxGroups = 8;

    private const int CategoryCount = (int)ServiceCategory.Onboarding + 1;

    /// <summary>How far (in tokens) a word looks for its aspect; keeps run-on texts without punctuation linear.</summary>
    private const int MaxReach = 40;

    private const float NegatedCue = 1.2f;

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

    private static bool IsCopula(ReadOnlySpan<char> word) =>
        word is "is" or "are" or "was" or "were" or "seem" or "seems" or "seemed" or "remain" or "remains" or "stay" or "stays";

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
