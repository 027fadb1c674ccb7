namespace SupportSignals.Sentiment.Embedded;

// Lists: aspects listed together ("great food, wine and service") share what is said of any of them.
internal static partial class MentionExtractor
{
    private const int MaxListGap = 4;

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
        if (b - first > MaxListGap || clause[b] - clause[a] >= SentenceScorer.StrongBoundary || JudgedAfterItsNoun(s, clause, b))
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

    /// <summary>Words that may stand between a Spanish noun and the verdict after it ("servicio muy lento", "servicio
    /// nada atento", "el servicio es lento").</summary>
    private const LexiconRole VerdictLead = LexiconRole.Booster | LexiconRole.Negator | LexiconRole.Stopword;

    /// <summary>Whether the item at <paramref name="b"/> is judged by a word of its own right after it, in Spanish, which
    /// puts the adjective after its noun: "Buen ambiente, servicio mediocre" pairs each noun with its own verdict, no
    /// list sharing the praise of the first with the second.</summary>
    private static bool JudgedAfterItsNoun(in SentenceContext s, ReadOnlySpan<int> clause, int b)
    {
        if (s.Language != Language.Es)
        {
            return false;
        }
        var k = s.After(b);
        for (var lead = 0; k < clause.Length && lead < 2 && IsWordOfClause(s, clause, k, b) && (s.RolesOf(k) & VerdictLead) != 0; lead++)
        {
            k = s.After(k);
        }
        return k < clause.Length && IsWordOfClause(s, clause, k, b) && IsJudgement(s, k) && (s.RolesOf(k) & LexiconRole.OtherAspect) == 0;
    }

    private static bool IsWordOfClause(in SentenceContext s, ReadOnlySpan<int> clause, int k, int b) =>
        s.Tokens[k].Kind == TokenKind.Word && clause[k] == clause[b];

    /// <summary>Determiners and possessives may sit in a list ("the food, our wine and the service"); a verb may not.</summary>
    private static bool IsFunctionWordInList(in SentenceContext s, int k) => s.Tokens[k].FoldLength <= 4;
}
