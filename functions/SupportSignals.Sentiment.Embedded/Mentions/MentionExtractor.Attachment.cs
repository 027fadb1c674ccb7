namespace SupportSignals.Sentiment.Embedded;

// Attachment: the mention a sentiment word goes to, the nearest aspect by clause distance, the predicate judging its
// subject rather than the noun of its phrase ("the service at the hotel is poor").
internal static partial class MentionExtractor
{
    private const float ForwardPenalty = 1.5f;
    /// <summary>A sentiment word right before an aspect qualifies it ("great service", "rude staff").</summary>
    private const float AttributiveCost = 0.5f;

    /// <summary>How many words (article, modifiers) may stand between a preposition and the aspect of its phrase ("at
    /// the front desk").</summary>
    private const int MaxPhraseLead = 3;

    /// <summary>The service anchor nearest to <paramref name="t"/> within reach, or else the nearest anchor.</summary>
    private static int NearestService(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int t)
    {
        if (groupOf[t] >= 0)
        {
            return t;
        }
        var best = -1;
        var bestCost = float.MaxValue;
        var last = Math.Min(groupOf.Length - 1, t + MaxReach);
        for (var a = Math.Max(0, t - MaxReach); a <= last; a++)
        {
            var cost = Math.Abs(a - t) + Math.Abs(clause[a] - clause[t]);
            if (groupOf[a] >= 0 && cost < bestCost)
            {
                best = a;
                bestCost = cost;
            }
        }
        return best >= 0 ? best : Nearest(s, groupOf, clause, t);
    }

    /// <summary>The staff word whose prepositional phrase holds the aspect at <paramref name="a"/>, when the word at
    /// <paramref name="t"/> comes after that aspect in its clause with no anchor between: the predicate judges the
    /// subject, not the noun of its phrase ("the service at the hotel is poor", "the staff at the bar were rude");
    /// otherwise <paramref name="a"/> itself.</summary>
    private static int PhraseHead(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int a, int t)
    {
        if (a >= t || groupOf[a] != OtherAspect || s.Language != Language.En)
        {
            return a;
        }
        for (var k = s.After(a); k < t; k++)
        {
            if (groupOf[k] != NoAnchor || clause[k] != clause[a])
            {
                return a;
            }
        }
        // back from the aspect over its article and modifiers ("the front", "this") to the preposition, then the staff
        for (var k = a - 1; k >= 0 && a - k <= MaxPhraseLead + 1; k--)
        {
            // an aspect right before the phrase's aspect modifies it ("at the pool bar")
            if (clause[k] != clause[a] || (groupOf[k] == OtherAspect && s.After(k) != a))
            {
                return a;
            }
            if ((s.SensesOf(k) & EnglishSense.Preposition) != 0)
            {
                var head = k - 1;
                while (head > 0 && s.Tokens[head].Span == 0)
                {
                    head--;
                }
                return head >= 0 && groupOf[head] >= 0 && clause[head] == clause[a]
                    && (s.RolesOf(head) & LexiconRole.ServiceTarget) != 0 && (s.SensesOf(head) & EnglishSense.Pronoun) == 0 ? head : a;
            }
        }
        return a;
    }

    /// <summary>The anchor token nearest to <paramref name="t"/> (itself if it is one).</summary>
    private static int Nearest(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int t)
    {
        if (groupOf[t] != NoAnchor)
        {
            return t;
        }
        var best = t;
        var bestCost = float.MaxValue;
        var last = Math.Min(groupOf.Length - 1, t + MaxReach);
        for (var a = Math.Max(0, t - MaxReach); a <= last; a++)
        {
            if (groupOf[a] == NoAnchor)
            {
                continue;
            }
            var cost = a == t + 1 || ObjectAfter(s, clause, t, a) ? AttributiveCost : Math.Abs(a - t) + Math.Abs(clause[a] - clause[t]) + (a > t ? ForwardPenalty : 0f);
            if (cost < bestCost)
            {
                best = a;
                bestCost = cost;
            }
        }
        return best;
    }

    /// <summary>Whether the aspect at <paramref name="a"/> is the object of the word at <paramref name="t"/> that opens its
    /// clause, with only an article between ("Loved the food, hated the service"): what the word judges, as an attributive
    /// word judges the noun right after it, not the aspect of the clause before the comma.</summary>
    private static bool ObjectAfter(in SentenceContext s, ReadOnlySpan<int> clause, int t, int a)
    {
        if (a <= t + 1 || clause[a] != clause[t] || s.Language != Language.En)
        {
            return false;
        }
        var article = s.After(t);
        return s.After(article) == a && (s.RolesOf(article) & LexiconRole.Determiner) != 0
            && SentenceScorer.OpensClause(s, t);
    }
}
