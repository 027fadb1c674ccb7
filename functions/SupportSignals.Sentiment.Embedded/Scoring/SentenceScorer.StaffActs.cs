namespace SupportSignals.Sentiment.Embedded;

// Staff acts: an act counted (asked three times, checked on us twice), a charge for what was not ordered, a cold quality
// said of the staff, a service noun of praise judged the other way ("the welcome was frosty").
internal static partial class SentenceScorer
{
    /// <summary>How far after a service noun of praise the word judging it may stand ("the welcome was frosty").</summary>
    private const int JudgementReach = 3;
    /// <summary>How far before a count the act it counts may stand ("asked for a glass of water three times").</summary>
    private const int CountReach = 6;
    private const float RepeatedRequest = -1.8f;

    /// <summary>How far before an act of attention the limiter making its count rare may stand ("only ever checked on us").</summary>
    private const int LimitReach = 3;

    /// <summary>What a count says of the act before it in its clause: a request or a contact made again and again was not
    /// met ("I asked three times for a glass of water", "asked for the bill twice", "called support three times"), an act of attention done rarely was
    /// attention missing ("checked on us maybe twice during the entire meal"); 0 for any other count ("we've been three
    /// times", "they came by twice").</summary>
    public static float CountedAct(in SentenceContext s, ReadOnlySpan<int> clause, int t, EnglishSense senses)
    {
        for (var j = t - 1; j >= 0 && j >= t - CountReach && clause[j] == clause[t]; j--)
        {
            var entry = s.Tokens[j].Entry;
            if (entry < 0 || s.Tokens[j].Span == 0)
            {
                continue;
            }
            ref readonly var act = ref s.Lexicon[entry];
            if ((senses & EnglishSense.Repeated) != 0 && !act.Has(LexiconRole.Sentiment) && act.Has(LexiconRole.CategoryHint)
                && act.Category == ServiceCategory.Availability)
            {
                // "I called support three times before anyone answered": a contact made again and again was not answered
                return RepeatedRequest;
            }
            if (!act.Has(LexiconRole.ServiceCue) || act.Has(LexiconRole.Sentiment))
            {
                continue;
            }
            if ((senses & EnglishSense.Repeated) != 0 && act.Category == ServiceCategory.Resolution && !act.Has(EnglishSense.Say))
            {
                return RepeatedRequest;
            }
            if (act.Category == ServiceCategory.Speed
                && ((senses & EnglishSense.Rare) != 0 && (s.Tokens[t].Span > 1 || LimitedBefore(s, clause, j))
                    || ((senses & EnglishSense.Repeated) != 0 && LimitedBefore(s, clause, j))))
            {
                // a bare count ("once", "twice") is rare only when a limiter stands before the act ("the waitress
                // only came to our table once"); "they came by once we had ordered" counts nothing
                return RareAttention;
            }
        }
        return 0f;
    }

    /// <summary>Whether the entry is an act of the staff told without a judgement ("brought", "took our order", "seated
    /// us"): a service cue with no valence of its own that is no verb of saying and names no one.</summary>
    private static bool IsPlainAct(in LexiconEntry entry) =>
        (entry.Roles & (LexiconRole.ServiceCue | LexiconRole.ServiceTarget)) == LexiconRole.ServiceCue && !entry.Has(EnglishSense.Say);

    /// <summary>Whether a limiter ("only", "merely") stands within three words before the act at <paramref name="j"/>
    /// in its clause ("only came to our table", "only ever checked on us").</summary>
    private static bool LimitedBefore(in SentenceContext s, ReadOnlySpan<int> clause, int j) =>
        SenseShortlyBefore(s, clause, j, EnglishSense.Limit, LimitReach);

    /// <summary>Whether a word of <paramref name="sense"/> stands within <paramref name="reach"/> words before
    /// <paramref name="t"/> in its clause.</summary>
    private static bool SenseShortlyBefore(in SentenceContext s, ReadOnlySpan<int> clause, int t, EnglishSense sense, int reach)
    {
        for (var j = t - 1; j >= 0 && j >= t - reach && clause[j] == clause[t]; j--)
        {
            if ((s.SensesOf(j) & sense) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the charge at <paramref name="t"/> is for what its own clause then denies: a negator after it
    /// that reverses no sentiment word ("charged for drinks we didn't order", "billed us for a meal we never
    /// received"); not one that denies a judgement ("charged us for bread, which wasn't great") nor one beyond "but"
    /// ("charged for the wine but not the dessert").</summary>
    public static bool ChargedForWhatWasNot(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        for (var j = s.After(t); j < s.Tokens.Length && clause[j] == clause[t]; j = s.After(j))
        {
            if ((NegationRoles(s, j) & LexiconRole.Negator) != 0 && !GovernsSentiment(s, clause, j))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the quality of food or drink at <paramref name="t"/> ("icy", "cold", "lukewarm") is said of the
    /// staff: the nearest word of its clause before it that names something is a word for the staff or their welcome
    /// ("the reception we got was icy", "the waitress was frosty"), and it does not stand right before a thing it
    /// qualifies ("served us cold pizza"). Said of a drink ("the beer was icy") it is the drink's.</summary>
    private static bool IsSaidOfStaff(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var next = s.After(t);
        if (next < s.Tokens.Length && (s.RolesOf(next) & LexiconRole.OtherAspect) != 0)
        {
            return false;
        }
        for (var j = t - 1; j >= 0 && clause[j] == clause[t]; j--)
        {
            var roles = s.RolesOf(j);
            if ((roles & LexiconRole.OtherAspect) != 0)
            {
                return false;
            }
            if ((roles & (LexiconRole.ServiceTarget | LexiconRole.ServiceCue | LexiconRole.OtherAspect)) != 0)
            {
                return s.Lexicon[s.Tokens[j].Entry].Category == ServiceCategory.Friendliness;
            }
        }
        return false;
    }

    /// <summary>Whether the word at <paramref name="t"/> is a service noun that carries praise of its own ("the
    /// welcome", "the attention") named with an article and judged the other way by a later word of its clause ("The
    /// attention was lacking", "the greeting was curt"): the judgement says what it was, so the noun's own praise
    /// does not count.</summary>
    private static bool IsJudgedOtherwise(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        if (t == 0 || (s.RolesOf(t) & LexiconRole.ServiceCue) == 0 || (s.RolesOf(t - 1) & LexiconRole.Determiner) == 0)
        {
            return false;
        }
        for (var j = s.After(t); j < s.Tokens.Length && j <= t + JudgementReach && clause[j] == clause[t]; j = s.After(j))
        {
            var roles = s.RolesOf(j);
            if ((roles & LexiconRole.Sentiment) != 0)
            {
                return s.Lexicon[s.Tokens[j].Entry].Valence < 0;
            }
            if ((roles & (LexiconRole.Negator | LexiconRole.PostNegator)) != 0)
            {
                return false;
            }
        }
        return false;
    }
}
