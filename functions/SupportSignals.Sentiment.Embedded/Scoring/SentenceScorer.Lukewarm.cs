namespace SupportSignals.Sentiment.Embedded;

// Lukewarm verdicts: a verdict that the service met the bar and a shrug beside it ("The staff were fine, nothing special",
// "Support was ok, nothing more", "alright I guess") are one neutral verdict, not praise or blame (round analyzer74).
internal static partial class SentenceScorer
{
    /// <summary>How far apart in clause numbers two lukewarm words may be and still make one verdict: commas between
    /// them, no "but" or sentence break (<see cref="StrongBoundary"/>).</summary>
    private const int LukewarmReach = StrongBoundary - 1;

    /// <summary>Withdraws the valence of each lukewarm word (<see cref="LexiconRole.Lukewarm"/>) that has another one
    /// near it: in its clause or across commas, or the later right after a contrast word ("fine but nothing special").
    /// A lukewarm word read the other way than its own valence (negated: "wasn't fine, nothing special") is a verdict
    /// of its own and stays.</summary>
    private static Evidence Shrugged(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause, Evidence evidence)
    {
        var tokens = s.Tokens;
        var previous = -1;
        var previousKept = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!IsPlainLukewarm(s, valence, t))
            {
                continue;
            }
            if (previous >= 0 && (clause[t] - clause[previous] <= LukewarmReach || ShrugAfterBut(s, clause, previous, t)))
            {
                if (previousKept)
                {
                    evidence = Withdraw(valence, previous, evidence);
                }
                evidence = Withdraw(valence, t, evidence);
                previousKept = false;
            }
            else
            {
                previousKept = true;
            }
            previous = t;
        }
        return evidence;
    }

    /// <summary>Withdraws a denied praise and a denied blame told one after the other in one clause or across commas
    /// ("not great, not terrible", "wasn't rude, wasn't friendly either"): denied both ways, as "neither good nor bad",
    /// the service was neither, one neutral verdict (round analyzer80; the comma-less phrases are lexicon keys).</summary>
    private static Evidence DeniedBothWays(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause, Evidence evidence)
    {
        var previous = -1;
        for (var t = 0; t < valence.Length; t++)
        {
            if (valence[t] == 0)
            {
                continue;
            }
            if (previous >= 0 && clause[t] - clause[previous] <= LukewarmReach && (valence[t] > 0) != (valence[previous] > 0)
                && IsDenial(s, valence, clause, previous) && IsDenial(s, valence, clause, t))
            {
                evidence = Withdraw(valence, previous, evidence);
                evidence = Withdraw(valence, t, evidence);
                evidence = ShruggedBeside(s, valence, clause, clause[previous], clause[t], evidence);
                previous = -1;
                continue;
            }
            previous = t;
        }
        return evidence;
    }

    /// <summary>Withdraws a lukewarm verdict told beside a judgement denied both ways, from clause <paramref name="first"/>
    /// to <paramref name="last"/> ("fine, not great, not awful", "ok, not great, not terrible"): one neutral verdict, as
    /// two lukewarm words are.</summary>
    private static Evidence ShruggedBeside(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause, int first, int last, Evidence evidence)
    {
        for (var t = 0; t < valence.Length; t++)
        {
            if (valence[t] != 0 && clause[t] >= first - LukewarmReach && clause[t] <= last + LukewarmReach && IsPlainLukewarm(s, valence, t))
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        return evidence;
    }

    /// <summary>Whether the word at <paramref name="t"/> is a judgement of its own read the other way by a negator.</summary>
    private static bool IsDenial(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, int t)
    {
        if (s.Tokens[t].Entry < 0)
        {
            return false;
        }
        ref readonly var entry = ref s.Lexicon[s.Tokens[t].Entry];
        return entry.Has(LexiconRole.Sentiment) && entry.Valence != 0 && (entry.Valence > 0) != (valence[t] > 0) && IsNegated(s, clause, t);
    }

    /// <summary>Whether the word at <paramref name="t"/> is a lukewarm word read as its own valence says (not negated or
    /// turned by irony).</summary>
    private static bool IsPlainLukewarm(in SentenceContext s, ReadOnlySpan<float> valence, int t)
    {
        if ((s.RolesOf(t) & LexiconRole.Lukewarm) == 0)
        {
            return false;
        }
        ref readonly var entry = ref s.Lexicon[s.Tokens[t].Entry];
        var own = entry.Has(LexiconRole.Sentiment) ? entry.Valence : 0f;
        return own == 0 || valence[t] == 0 || (own > 0) == (valence[t] > 0);
    }

    /// <summary>Whether the lukewarm word at <paramref name="t"/> right follows a contrast word that opens the clause
    /// after the one of <paramref name="previous"/> ("fine but nothing special", "ok, but nothing more").</summary>
    private static bool ShrugAfterBut(in SentenceContext s, ReadOnlySpan<int> clause, int previous, int t)
    {
        if (t == 0 || clause[t] - clause[previous] > StrongBoundary + LukewarmReach)
        {
            return false;
        }
        return (s.RolesOf(t - 1) & LexiconRole.Contrast) != 0;
    }
}
