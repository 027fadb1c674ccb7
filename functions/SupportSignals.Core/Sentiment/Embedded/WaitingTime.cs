using System.Globalization;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// A number of time units next to each other ("40 minutes", "2 saat", "минут через 20") tells of a wait, and a wait
/// of ten minutes or more is a complaint about speed in every language, though no sentiment word says so. Shorter
/// spans carry nothing ("seated within 5 minutes" is not praise either), and so do clock times.
/// </summary>
internal static class WaitingTime
{
    private const float LongWaitMinutes = 10f;
    /// <summary>Longer is not a wait at a table or on a line but a clock time ("om 19 uur", "à 20 heures") or opening
    /// hours ("24 hours").</summary>
    private const float LongestWaitMinutes = 300f;
    private const float LongWait = -1.6f;
    private const int Reach = 2;
    /// <summary>Only minute-sized units take a number after them ("минут через 15"); after hours it is a clock time
    /// ("saat 14.30").</summary>
    private const float NumberAfterUpTo = 1f;

    /// <summary>The valence of the duration word at <paramref name="t"/>: <see cref="LongWait"/> or 0.</summary>
    public static float Valence(SentenceContext s, int t)
    {
        var unit = s.Lexicon[s.Tokens[t].Entry].Minutes;
        var count = NumberNear(s, t, -1);
        if (count <= 0 && unit <= NumberAfterUpTo)
        {
            count = NumberNear(s, t + s.Tokens[t].Span - 1, 1);
        }
        var minutes = count * unit;
        return minutes is >= LongWaitMinutes and <= LongestWaitMinutes ? LongWait : 0f;
    }

    /// <summary>The largest whole number among the <see cref="Reach"/> word tokens from <paramref name="t"/> in
    /// direction <paramref name="step"/> ("20-25" reads 25), 0 if none.</summary>
    private static int NumberNear(SentenceContext s, int t, int step)
    {
        var best = 0;
        for (var k = 1; k <= Reach; k++)
        {
            var j = t + (k * step);
            if (j < 0 || j >= s.Tokens.Length || s.Tokens[j].Kind != TokenKind.Word)
            {
                break;
            }
            best = Math.Max(best, Parse(s.Text.Slice(s.Tokens[j].Start, s.Tokens[j].Length)));
        }
        return best;
    }

    /// <summary>Decimal digits of any script (Arabic-Indic too), up to four; 0 for anything else.</summary>
    private static int Parse(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 4)
        {
            return 0;
        }
        var value = 0;
        foreach (var c in word)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                return 0;
            }
            value = (value * 10) + digit;
        }
        return value;
    }
}
