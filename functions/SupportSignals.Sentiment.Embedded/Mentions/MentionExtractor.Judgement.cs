namespace SupportSignals.Sentiment.Embedded;

// Judgement: which of the sentence's words judge a mention: a judgement across "but" counts only when the mention's
// own clauses say nothing, unless it goes on judging the same subject ("slow but very sweet") or blames a failure of
// the service itself; what is left to a mention that nothing near judges.
internal static partial class MentionExtractor
{
    /// <summary>How many boosters, negators or articles may stand between a contrast word and the judgement that
    /// continues the predicate before it ("but not very friendly").</summary>
    private const int MaxPredicateLead = 3;
    private const LexiconRole PredicateLead = LexiconRole.Booster | LexiconRole.Negator | LexiconRole.Determiner;

    /// <summary>How far from a negator the act of serving it denies may stand ("never got our drinks", "the order
    /// never came").</summary>
    private const int FailureReach = 3;

    private const float SentenceShare = 0.5f;

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
}
