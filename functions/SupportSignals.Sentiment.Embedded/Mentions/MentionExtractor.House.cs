namespace SupportSignals.Sentiment.Embedded;

// The house as actor: "they" or "the hotel" doing an act of serving, answering or refusing is the service acting.
internal static partial class MentionExtractor
{
    /// <summary>How many words may stand between "they" and the act of serving it is the subject of ("they quickly
    /// brought", "they never even brought").</summary>
    private const int HouseSubjectReach = 3;

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

    /// <summary>Whether token <paramref name="t"/> is a refusal of the guest ("wouldn't let us", "didn't give us") or an
    /// answer to them (<see cref="EnglishSense.Reply"/>: "they replied within an hour", round analyzer73) with
    /// "they" for subject, at most <see cref="HouseSubjectReach"/> words before it in its clause with no anchor, subject
    /// or person between and no person named before "they" ("they wouldn't even let us sit at the bar"): the house
    /// refusing the guest, a mention of the service. A refusal with another subject judges only the staff it is said of
    /// ("the app won't let me export", "my kids wouldn't let me finish"); English only.</summary>
    private static bool TheyRefuseOrAnswer(in SentenceContext s, ReadOnlySpan<int> clause, ReadOnlySpan<int> groupOf, int t)
    {
        if (s.Language != Language.En || s.Tokens[t].Span == 0 || (s.SensesOf(t) & (EnglishSense.Refusal | EnglishSense.Reply)) == 0)
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
            if ((roles & LexiconRole.ServiceCue) != 0 || (senses & (EnglishSense.Refusal | EnglishSense.Reply)) != 0)
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
}
