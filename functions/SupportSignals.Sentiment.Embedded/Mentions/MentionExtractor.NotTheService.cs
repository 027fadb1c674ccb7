namespace SupportSignals.Sentiment.Embedded;

// Not the service: a service word that names something else here: support the customer did without ("never needed
// support"), the machine ("our servers were down"), the customer's own people or their own absence.
internal static partial class MentionExtractor
{
    /// <summary>How far before a service target the customer's need of it may stand ("never needed to contact support").</summary>
    private const int NeedReach = 4;
    /// <summary>How many words before or after a service word that also names a machine a word of computing may stand
    /// and make it the machine ("restart our web server", "the servers had an outage").</summary>
    private const int MachineReach = 4;

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
    internal static bool OwnAbsenceBefore(in SentenceContext s, int t)
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
}
