namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Turkish negates a verb inside the word, with -mA- after the stem (and -(y)AmA- for "cannot"): "gelmedi",
/// "bulmuyorum", "yakışmıyor", "söyleyemeyeceğim", "yapmayan", "gitmeyin". Turkish is verb-final, so such a verb
/// closes its clause and negates what was said before it ("başarılı bulmuyorum": I do not find it successful).
/// Only the tense, participle and imperative endings that follow the negative -mA- are recognised: -mA- alone is also
/// the verbal noun ("oturmaya": to sit), which negates nothing. Patterns are folded (ı→i, ü→u, ğ→g).
/// </summary>
internal static class TurkishNegativeVerb
{
    /// <summary>The shortest verb stem before the negative suffix ("ye-medi"); keeps nouns such as "meze" out.</summary>
    private const int MinStem = 2;

    private static readonly string[] AfterNegative =
    [
        // past and past participle: gelmedi, gelmedik, gelmediği
        "medi", "madi", "medu", "madu",
        // present continuous: gelmiyor, bulmuyorum
        "miyor", "muyor",
        // future and its spoken form: gelmeyecek, gelmeyeceğim, gelmicem
        "meyecek", "mayacak", "meyeceg", "mayacag", "micek", "mucak", "micem", "mucam",
        // reported past: gelmemiş
        "memis", "mamis",
        // participle and negative imperative: yapmayan, gitmeyin, uğramayınız
        "meyen", "mayan", "meyin", "mayin",
    ];

    /// <summary>The negative aorist ("gelmez", "olmazdı", "bilmezler") ends the word or takes only these endings.</summary>
    private static readonly string[] Aorist = ["mez", "maz"];
    private static readonly string[] AoristEndings = ["", "di", "dik", "ler", "lar", "sin", "siniz", "mis"];

    public static bool Is(ReadOnlySpan<char> word)
    {
        for (var m = MinStem; m < word.Length - 2; m++)
        {
            if (word[m] != 'm')
            {
                continue;
            }
            var rest = word[m..];
            foreach (var ending in AfterNegative)
            {
                if (rest.StartsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            foreach (var aorist in Aorist)
            {
                if (rest.StartsWith(aorist, StringComparison.Ordinal) && IsAoristEnding(rest[aorist.Length..]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsAoristEnding(ReadOnlySpan<char> ending)
    {
        foreach (var candidate in AoristEndings)
        {
            if (ending.SequenceEqual(candidate))
            {
                return true;
            }
        }
        return false;
    }
}
