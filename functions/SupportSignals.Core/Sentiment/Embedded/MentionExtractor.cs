namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Aspect-level service mentions in one sentence. Service words (targets such as "waiter", "support team" and cues
/// such as "attentive", "ticket") are grouped per clause; other aspects ("food", "price", "app") compete for the
/// sentiment around them. Each sentiment word goes to the nearest aspect, where crossing a clause boundary costs
/// several words, so "the product is great but support never answered" credits "great" to the product and the
/// negated "answered" to support. A negated service word without sentiment of its own ("no one came to the table",
/// "никто не подошёл") counts against the service. The category is voted by hint words near the mention, falling
/// back to the target's own default.
/// </summary>
internal static class MentionExtractor
{
    private const int MaxGroups = 8;
    private const int CategoryCount = (int)ServiceCategory.Onboarding + 1;
    private const int ClausePenalty = 6;
    private const float NegatedCue = 1.2f;
    private const float TargetVote = 0.6f;
    private const float HintVote = 1f;
    private const int NoAnchor = -1;
    private const int OtherAspect = -2;

    public static void Extract(SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, Span<int> groupOf, ref List<ServiceMention>? mentions)
    {
        var tokens = s.Tokens;
        var groups = GroupAnchors(s, clause, groupOf);
        if (groups == 0)
        {
            return;
        }
        Span<float> positive = stackalloc float[MaxGroups];
        Span<float> negative = stackalloc float[MaxGroups];
        Span<float> votes = stackalloc float[MaxGroups * CategoryCount];
        positive.Clear();
        negative.Clear();
        votes.Clear();
        for (var t = 0; t < tokens.Length; t++)
        {
            var roles = s.RolesOf(t);
            if (roles == LexiconRole.None)
            {
                continue;
            }
            var g = valence[t] != 0 || (roles & (LexiconRole.CategoryHint | LexiconRole.ServiceCue | LexiconRole.ServiceTarget)) != 0
                ? groupOf[Nearest(groupOf, clause, t)]
                : NoAnchor;
            if (g < 0)
            {
                continue;
            }
            if (valence[t] > 0)
            {
                positive[g] += valence[t];
            }
            else if (valence[t] < 0)
            {
                negative[g] -= valence[t];
            }
            else if ((roles & (LexiconRole.ServiceCue | LexiconRole.ServiceTarget)) != 0 && SentenceScorer.IsNegated(s, clause, t))
            {
                negative[g] += NegatedCue;
            }
            if ((roles & (LexiconRole.CategoryHint | LexiconRole.ServiceCue | LexiconRole.ServiceTarget)) != 0)
            {
                var weight = (roles & (LexiconRole.CategoryHint | LexiconRole.ServiceCue)) != 0 ? HintVote : TargetVote;
                votes[(g * CategoryCount) + (int)s.Lexicon[tokens[t].Entry].Category] += weight;
            }
        }
        for (var g = 0; g < groups; g++)
        {
            mentions ??= [];
            mentions.Add(Mention(s, groupOf, g, new Evidence(positive[g], negative[g]), votes.Slice(g * CategoryCount, CategoryCount)));
        }
    }

    /// <summary>Numbers the service groups (a new one per clause, or after another aspect) and marks other aspects.</summary>
    private static int GroupAnchors(SentenceContext s, ReadOnlySpan<int> clause, Span<int> groupOf)
    {
        var groups = 0;
        var groupClause = -1;
        var otherSince = false;
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            var roles = s.RolesOf(t);
            groupOf[t] = NoAnchor;
            if ((roles & (LexiconRole.ServiceTarget | LexiconRole.ServiceCue)) != 0)
            {
                if (groups == 0 || clause[t] != groupClause || otherSince)
                {
                    if (groups == MaxGroups)
                    {
                        continue;
                    }
                    groups++;
                }
                groupOf[t] = groups - 1;
                groupClause = clause[t];
                otherSince = false;
            }
            else if ((roles & LexiconRole.OtherAspect) != 0)
            {
                groupOf[t] = OtherAspect;
                otherSince = true;
            }
        }
        return groups;
    }

    /// <summary>The anchor token nearest to <paramref name="t"/>; on a tie the one before it (predicate position).</summary>
    private static int Nearest(ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int t)
    {
        if (groupOf[t] != NoAnchor)
        {
            return t;
        }
        var best = t;
        var bestCost = int.MaxValue;
        for (var a = 0; a < groupOf.Length; a++)
        {
            if (groupOf[a] == NoAnchor)
            {
                continue;
            }
            var cost = Math.Abs(a - t) + (ClausePenalty * Math.Abs(clause[a] - clause[t]));
            if (cost < bestCost)
            {
                best = a;
                bestCost = cost;
            }
        }
        return best;
    }

    private static ServiceMention Mention(SentenceContext s, ReadOnlySpan<int> groupOf, int g, Evidence evidence, ReadOnlySpan<float> votes)
    {
        var tokens = s.Tokens;
        int first = -1, last = -1, target = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (groupOf[t] != g)
            {
                continue;
            }
            if (first < 0)
            {
                first = t;
            }
            last = t + tokens[t].Span - 1;
            if (target < 0 && (s.RolesOf(t) & LexiconRole.ServiceTarget) != 0)
            {
                target = t;
            }
        }
        var explicitTarget = target >= 0;
        if (!explicitTarget)
        {
            target = first;
        }
        var category = 0;
        for (var c = 1; c < votes.Length; c++)
        {
            if (votes[c] > votes[category])
            {
                category = c;
            }
        }
        var start = tokens[first].Start;
        var end = tokens[last].End;
        var targetEnd = tokens[target + tokens[target].Span - 1].End;
        var strength = MathF.Abs(evidence.Positive - evidence.Negative);
        var confidence = (explicitTarget ? 0.55f : 0.35f) + (0.4f * strength / (strength + 2f));
        return new ServiceMention(
            new string(s.Text[start..end]),
            start,
            end - start,
            evidence.Polarity,
            Math.Round(confidence, 3),
            (ServiceCategory)category,
            new string(s.Text[tokens[target].Start..targetEnd]));
    }
}
