namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Russian words of service read in another sense (round analyzer76). Two cases:
/// <list type="bullet">
/// <item>A serving verb ("подошли", "подходили", "проводили", "встретили") said of something other than coming to the
/// guest: "к" with an abstract or inanimate noun ("к выбору ресторана подошли основательно", "к интерьеру подходили",
/// "подошли к концу"), "время" for subject ("подошло время"), or a reflexive form, which is passive or mutual ("свадьба
/// проводилась", "мы встретились"). Coming to the guest names the guest or their table: "к нам", "к столику", "к
/// нашему столу".</item>
/// <item>A staff word in the dative next to a verb of liking is who liked it, not who served: "девушке понравилось"
/// is the guest's companion ("нравиться" takes its experiencer in the dative).</item>
/// </list>
/// The checks read folded characters only and run for Russian cue and target tokens, so they cost nothing elsewhere.
/// </summary>
internal static class RussianSense
{
    private static readonly string[] MovingVerbs = ["подош", "подход", "провод", "встрет", "встреча"];

    /// <summary>Words after "к" that a serving verb comes to: the guest (a pronoun), their table, the guests.</summary>
    private static readonly string[] Destinations =
    [
        "нам", "мне", "вам", "тебе", "нему", "ней", "ним", "каждому", "каждой", "нашему", "нашей", "нашим", "моему",
        "моей", "вашему", "вашей", "соседнему", "соседней", "стол", "гост", "посетител", "клиент", "барн", "бару",
        "стойк",
    ];

    /// <summary>Whether the Russian service word at <paramref name="t"/> is read in another sense (either case above).</summary>
    public static bool NotService(in SentenceContext s, ReadOnlySpan<int> clause, int t) =>
        ServingVerbOtherSense(s, clause, t) || LikingExperiencer(s, clause, t);

    /// <summary>Whether the serving verb at <paramref name="t"/> (a Russian service cue) is used in another sense.</summary>
    public static bool ServingVerbOtherSense(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var word = s.FoldOf(t);
        if (!StartsWithAny(word, MovingVerbs))
        {
            return false;
        }
        if (word.EndsWith("сь") || word.EndsWith("ся"))
        {
            return true;
        }
        var from = Math.Max(0, t - 3);
        var to = Math.Min(s.Tokens.Length - 1, s.After(t) + 2);
        for (var k = from; k <= to; k++)
        {
            if (k == t || clause[k] != clause[t] || !s.Tokens[k].IsWordLike)
            {
                continue;
            }
            var other = s.FoldOf(k);
            if (other.SequenceEqual("время"))
            {
                // "подошло время для танцев", "время подошло": time came, no one did
                return true;
            }
            if (!other.SequenceEqual("к") && !other.SequenceEqual("ко"))
            {
                continue;
            }
            var next = k + 1;
            if (next < s.Tokens.Length && clause[next] == clause[t] && s.Tokens[next].IsWordLike && next != t)
            {
                return !StartsWithAny(s.FoldOf(next), Destinations);
            }
        }
        return false;
    }

    /// <summary>Whether the staff word at <paramref name="t"/> is in the dative next to a verb of liking ("девушке
    /// понравилось", "официанту всё понравилось"): the one who liked it.</summary>
    public static bool LikingExperiencer(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var word = s.FoldOf(t);
        if (word.EndsWith("ие") || word.EndsWith("ье") || word.EndsWith("ию") || word.EndsWith("ью"))
        {
            // "обслуживание понравилось": an abstract noun in the nominative, what was liked
            return false;
        }
        if (!(word.EndsWith("е") || word.EndsWith("ам") || word.EndsWith("ям") || word.EndsWith("у") || word.EndsWith("ю")))
        {
            return false;
        }
        var from = Math.Max(0, t - 2);
        var to = Math.Min(s.Tokens.Length - 1, s.After(t) + 2);
        for (var k = from; k <= to; k++)
        {
            if (k == t || clause[k] != clause[t] || !s.Tokens[k].IsWordLike)
            {
                continue;
            }
            var other = s.FoldOf(k);
            if (other.StartsWith("понрав") || other.StartsWith("нрав"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem))
            {
                return true;
            }
        }
        return false;
    }
}
