namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Turkish adds the copula and person endings to an adjective or noun ("ilgili" → "ilgilidir", "ilgiliydi",
/// "ilgililerdi"), so a whole-word key must still match when one of these endings follows it. The endings are listed
/// folded (ı→i, ü→u), which covers every vowel-harmony and consonant variant.
/// </summary>
internal static class TurkishCopula
{
    private static readonly string[] Endings =
    [
        "dir", "tir", "dur", "tur", "di", "ti", "du", "tu", "ydi", "ydu", "dik", "duk", "tik", "tuk", "ydik", "yduk",
        "mis", "mus", "ymis", "ymus", "ler", "lar", "lerdi", "lardi", "lerdir", "lardir", "diler", "dular", "ydiler",
        "ydular", "dirler", "durlar",
    ];

    public static bool Is(ReadOnlySpan<char> ending)
    {
        foreach (var candidate in Endings)
        {
            if (ending.SequenceEqual(candidate))
            {
                return true;
            }
        }
        return false;
    }
}
