namespace SupportSignals.Sentiment.Embedded;

// Recovery: a problem put right, promised or only the topic of a contact is no complaint about the service; a fix that
// came weeks late is one.
internal static partial class SentenceScorer
{
    /// <summary>How far before a fix or a refund the word promising it may stand ("would be fixed", "will get it fixed").</summary>
    private const int PromiseReach = 3;

    /// <summary>How far after an occasion word ("when", "after") the problem it dates may stand ("when our site had an
    /// outage", "after my card was stolen").</summary>
    private const int OccasionReach = 5;

    /// <summary>Service recovery: a problem told before the staff put it right ("the kitchen got our order wrong but the
    /// waiter replaced it at once", "the app kept crashing and support fixed it in a day", "double-charged, but billing
    /// refunded it") is what was put right: the problem words (<see cref="LexiconRole.Trouble"/>) before the last act of
    /// resolution that praises (a positive resolution cue, not negated) lose their blame, so the recovery decides. Blame
    /// of the staff's manner or speed is no problem put right and stays; a recovery denied ("never refunded") or
    /// grudging ("eventually refunded", or after an effort of the customer: "it took four calls to get it refunded")
    /// blames and lifts nothing.</summary>
    private static Evidence PutRight(in SentenceContext s, Span<float> valence, int recovery, Evidence evidence)
    {
        for (var t = 0; t < recovery; t++)
        {
            if (valence[t] < 0 && (s.RolesOf(t) & LexiconRole.Trouble) != 0)
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        return evidence;
    }

    /// <summary>Whether the misfortune at <paramref name="t"/> (<see cref="EnglishSense.Incident"/>: "stolen", "skimmed",
    /// "a burst pipe", "an accident") befell the customer rather than being done by the staff: no service target stands
    /// before it in its clause, or an occasion word (<see cref="EnglishSense.Occasion"/>) stands between the last one and it
    /// ("my card was stolen and the agent cancelled it", "the claims handler was very kind after the accident"). Such a
    /// misfortune blames no one; done by the staff ("the engineer caused a leak") it keeps its blame (round analyzer72).</summary>
    private static bool BefellCustomer(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        for (var j = t - 1; j >= 0 && clause[j] == clause[t]; j--)
        {
            if ((s.SensesOf(j) & EnglishSense.Occasion) != 0)
            {
                return true;
            }
            if ((s.RolesOf(j) & LexiconRole.ServiceTarget) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The incident as the occasion of praise: a problem word (<see cref="LexiconRole.Trouble"/>) at most
    /// <see cref="OccasionReach"/> words after an occasion word ("when", "after", "while") in its clause dates when the
    /// staff were judged ("support was really patient when the app crashed", "When the order was wrong, the manager was
    /// lovely about it"): where praise stands outside that span in the same or a comma-adjacent clause, the problem loses
    /// its blame and the praise decides. With no praise beside it ("the waiter was rude when the order was wrong") it
    /// blames as before (round analyzer72).</summary>
    private static Evidence DealtWith(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause, Evidence evidence)
    {
        for (var o = 0; o < valence.Length; o++)
        {
            if ((s.SensesOf(o) & EnglishSense.Occasion) == 0)
            {
                continue;
            }
            var end = Math.Min(valence.Length - 1, o + OccasionReach);
            var praised = false;
            for (var p = 0; p < valence.Length && !praised; p++)
            {
                praised = valence[p] > 0 && (p < o || p > end) && Math.Abs(clause[p] - clause[o]) <= WeakBoundary;
            }
            for (var t = o + 1; praised && t <= end && clause[t] == clause[o]; t++)
            {
                if (valence[t] < 0 && (s.RolesOf(t) & LexiconRole.Trouble) != 0)
                {
                    evidence = Withdraw(valence, t, evidence);
                }
            }
        }
        return evidence;
    }

    /// <summary>A recovery told in the clause of a wait of days or more ("they fixed it a month later", "the refund
    /// finally came after six weeks") came late: it praises nothing and puts nothing right, and the wait blames the
    /// service's speed. Only its own clause: "it took three days, but they fixed it" still praises the fix.</summary>
    private static Evidence CameLate(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause, int late, Evidence evidence, ref int recovery)
    {
        for (var t = 0; t < valence.Length; t++)
        {
            if (valence[t] > 0 && clause[t] == late && IsResolution(s, t))
            {
                evidence = Withdraw(valence, t, evidence);
                recovery = t == recovery ? -1 : recovery;
            }
        }
        return evidence;
    }

    /// <summary>Whether the word at <paramref name="t"/> tells of resolving something, as a service cue or a hint
    /// ("fixed it", "refund", "resolved").</summary>
    private static bool IsResolution(in SentenceContext s, int t)
    {
        return (s.RolesOf(t) & (LexiconRole.ServiceCue | LexiconRole.CategoryHint)) != 0
            && s.Lexicon[s.Tokens[t].Entry].Category == ServiceCategory.Resolution;
    }

    /// <summary>Whether the resolution word at <paramref name="t"/> is promised: a word of what is still to come
    /// ("will", "would", "promised to", "going to") stands within <see cref="PromiseReach"/> words before it in its
    /// clause ("the bug would be fixed next week", "they promised to refund us"). The problem it is promised for still
    /// counts as being seen to (<see cref="IsSolved"/> reads the lexicon), so it does not blame the service either.</summary>
    private static bool IsPromised(in SentenceContext s, ReadOnlySpan<int> clause, int t) =>
        IsResolution(s, t) && SenseShortlyBefore(s, clause, t, EnglishSense.Promise, PromiseReach);

    /// <summary>Whether the problem word at <paramref name="t"/> is what a contact was about: a word naming the topic
    /// (<see cref="EnglishSense.Topic"/>: "about", "regarding", "reported", "the logs of") within three words before it in
    /// its clause ("I opened a ticket about the login bug", "I reported the crash to support"). The product's fault told
    /// as the subject of a ticket or a call blames no one who was contacted (round analyzer63).</summary>
    private static bool IsTopic(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        for (var j = t - 1; j >= 0 && j >= t - NegationReach && clause[j] == clause[t]; j--)
        {
            if (s.Tokens[j].Span > 0 && Covers(s, j, EnglishSense.Topic))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the problem word at <paramref name="t"/> is the object of a word of solving or understanding it
    /// within <see cref="NegationReach"/> words either side in its clause ("solved my problem", "sorunu çözdü",
    /// "understood my issue").</summary>
    private static bool IsSolved(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        // words of promise or raising between take none of the reach ("the bug is going to be fixed", "the issue seems
        // to be solved")
        var last = Math.Min(s.Tokens.Length - 1, t + NegationReach);
        for (var j = t + 1; j <= last; j++)
        {
            if (Covers(s, j, EnglishSense.Promise | EnglishSense.Transparent))
            {
                last = Math.Min(s.Tokens.Length - 1, last + 1);
            }
        }
        for (var j = Math.Max(0, t - NegationReach); j <= last; j++)
        {
            if (j == t || clause[j] != clause[t] || (s.RolesOf(j) & LexiconRole.Sentiment) == 0)
            {
                continue;
            }
            ref readonly var entry = ref s.Lexicon[s.Tokens[j].Entry];
            if (entry.Valence > 0 && entry.Category is ServiceCategory.Resolution or ServiceCategory.Knowledge
                && entry.Has(LexiconRole.CategoryHint | LexiconRole.ServiceCue))
            {
                return true;
            }
        }
        return false;
    }
}
