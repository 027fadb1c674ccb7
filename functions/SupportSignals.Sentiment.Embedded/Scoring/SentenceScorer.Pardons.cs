namespace SupportSignals.Sentiment.Embedded;

// Pardons: the guest's pardon of a wait or a flaw ("which was fine", "but that's not a big deal") takes back its blame.
internal static partial class SentenceScorer
{
    /// <summary>Whether the entry tells of a span of time, of the service's speed or of a wait on the line ("a week
    /// later", "took a week", "slow", "put on hold"), what a pardon may excuse.</summary>
    private static bool IsSlowness(in LexiconEntry entry) =>
        entry.Has(LexiconRole.Duration) || entry.Has(EnglishSense.Hold) || (entry.Has(LexiconRole.ServiceCue | LexiconRole.CategoryHint) && entry.Category == ServiceCategory.Speed);

    /// <summary>Whether a pardon of a wait ("which was fine") follows the wait at <paramref name="t"/> in its sentence.</summary>
    private static bool PardonedAfter(in SentenceContext s, int t)
    {
        for (var j = t + 1; j < s.Tokens.Length; j++)
        {
            if ((s.SensesOf(j) & EnglishSense.Pardon) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The guest's pardon in the clause that "but" opens ("…, but that's not really a big deal", "…, but it is
    /// not a problem at lunch"): a pardon phrase, or the customer's problem denied, in a clause that names no staff, no other service and
    /// no other aspect ("but the food was not a problem" pardons nothing). -1 when there is none.</summary>
    private static int PardonAt(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, int contrast)
    {
        var pardon = -1;
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            if (clause[t] != contrast || s.Tokens[t].Span == 0)
            {
                continue;
            }
            var roles = s.RolesOf(t);
            if ((roles & (LexiconRole.ServiceTarget | LexiconRole.ServiceCue | LexiconRole.OtherAspect)) != 0)
            {
                return -1;
            }
            if ((s.SensesOf(t) & EnglishSense.Pardon) != 0 || ((roles & LexiconRole.Trouble) != 0 && valence[t] > 0))
            {
                pardon = t;
            }
        }
        return pardon;
    }

    /// <summary>A pardon after "but" takes back the blame said before it ("the service is not exactly five star, but
    /// that's no big deal"): the blame of the clauses before the contrast, and the pardon's own denial, count
    /// nothing.</summary>
    private static Evidence Pardoned(Span<float> valence, ReadOnlySpan<int> clause, int contrast, int pardon, Evidence evidence)
    {
        for (var t = 0; t < valence.Length; t++)
        {
            if ((clause[t] < contrast && valence[t] < 0) || t == pardon)
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        return evidence;
    }
}
