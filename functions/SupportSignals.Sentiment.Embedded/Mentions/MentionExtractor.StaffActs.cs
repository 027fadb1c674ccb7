namespace SupportSignals.Sentiment.Embedded;

// Staff acts: acts of serving and attention told plainly ("brought", "checked on us") and a recovery that came late.
internal static partial class MentionExtractor
{
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
}
