using System.Globalization;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// A number of time units next to each other ("40 minutes", "2 saat", "минут через 20") tells of a wait, and a wait
/// of ten minutes or more is a complaint about speed in every language, though no sentiment word says so. Shorter
/// spans carry nothing ("seated within 5 minutes" is not praise either), and so do clock times. A span bounded from
/// above ("within 15 minutes", "за 20 минут", "10 dakika içinde") tells how quickly something came: up to half an
/// hour that is mild praise of speed, longer it says nothing either way. A span told as a distance ("10 minutes' walk
/// from the station", "على بعد 20 دقيقة") is neither.
/// </summary>
internal static class WaitingTime
{
    private const float LongWaitMinutes = 10f;
    /// <summary>Longer is not a wait at a table or on a line but a clock time ("om 19 uur", "à 20 heures") or opening
    /// hours ("24 hours").</summary>
    private const float LongestWaitMinutes = 300f;
    /// <summary>A unit this long (a day or more) tells of a wait only after a word that measures one ("takes at least
    /// two days", "waited a week"): the wait for an answer, not at a table.</summary>
    public const float DayMinutes = 1440f;
    private const float LongWait = -1.6f;
    /// <summary>The longest bounded span still told as quick service ("the food came within 20 minutes").</summary>
    private const float QuickMinutes = 30f;
    private const float QuickService = 1.2f;
    private const int Reach = 2;
    /// <summary>How many tokens before the number a bounding word ("en moins de", "в течение") may stand.</summary>
    private const int BoundReach = 3;
    /// <summary>How many tokens after the span a postposition ("içinde") or a way of travel ("walk", "пешком") may stand.</summary>
    private const int AfterReach = 2;
    /// <summary>Only minute-sized units take a number after them ("минут через 15"); after hours it is a clock time
    /// ("saat 14.30").</summary>
    private const float NumberAfterUpTo = 1f;
    /// <summary>How many words before a number in words the word that measures the wait may stand ("took them over
    /// an hour").</summary>
    private const int LeadReach = 4;
    /// <summary>How many tokens before a bounded span the answer it bounds may stand ("every ticket gets a reply
    /// within an hour").</summary>
    private const int AnswerReach = 8;
    /// <summary>The shortest wait that a limiter before it ("only", "just") plays down in irony.</summary>
    private const float IronicMinutes = 60f;
    /// <summary>How many words before the span's number the limiter may stand ("we only had to wait an hour").</summary>
    private const int PlayDownReach = 5;

    /// <summary>Whether the span at <paramref name="t"/>, read as <paramref name="valence"/>, is a wait of a day or more
    /// that blames ("took two months", "a month later"): what was put right in its clause came late.</summary>
    public static bool IsDaysLong(in SentenceContext s, int t, float valence)
    {
        return valence < 0 && (s.RolesOf(t) & LexiconRole.Duration) != 0 && s.Lexicon[s.Tokens[t].Entry].Minutes >= DayMinutes;
    }

    /// <summary>The valence of the duration word at <paramref name="t"/>: <see cref="LongWait"/>,
    /// <see cref="QuickService"/> or 0.</summary>
    public static float Valence(in SentenceContext s, int t) => Valence(s, t, out _, out _);

    /// <summary>Whether the span at <paramref name="t"/> is a long wait of an hour or more played down by a limiter
    /// shortly before it ("we only waited an hour", "waited just two hours", "it only took three days for a reply"):
    /// after praise, that is irony ("Fantastic service, we only waited an hour."); a short wait so told is honest praise
    /// ("Great service, we only waited five minutes") (round analyzer56).</summary>
    public static bool PlaysDownLongWait(in SentenceContext s, int t) =>
        Valence(s, t, out var minutes, out var at) < 0 && minutes >= IronicMinutes && LimitedBefore(s, Math.Min(t, at));

    /// <summary>The wait the duration word at <paramref name="t"/> tells, as the sentence's score takes it, the span
    /// measured once: false when it tells none; <paramref name="valence"/> 0 when an English wait shorter than an hour
    /// is played down by a limiter shortly before it ("we only waited fifteen minutes": the writer says it was short,
    /// which blames nothing; round analyzer59), and quick or nothing when it measures a fix after "in" ("had it back up
    /// in 20 minutes"; <see cref="RecoveredIn"/>); <paramref name="capDenied"/> when the longest wait is denied ("I never
    /// waited more than an hour for a reply"; round analyzer62).</summary>
    public static bool TryRead(in SentenceContext s, int t, out float valence, out bool capDenied)
    {
        valence = Valence(s, t, out var minutes, out var at);
        capDenied = false;
        if (valence >= 0 || s.Language != Language.En)
        {
            return valence != 0;
        }
        if (minutes < IronicMinutes && LimitedBefore(s, Math.Min(t, at)))
        {
            valence = 0f;
            return true;
        }
        if (RecoveredIn(s, Math.Min(t, at)))
        {
            valence = minutes <= QuickMinutes ? QuickService : 0f;
            return true;
        }
        capDenied = IsCapDenied(s, t, at);
        return true;
    }

    /// <summary>How many words before "in" the act of putting right whose time it measures may stand ("had it back up
    /// in 20 minutes").</summary>
    private const int RecoveryReach = 6;

    /// <summary>Whether the span from <paramref name="first"/> follows "in" right after an act of putting right ("fixed
    /// it in 20 minutes", "the on-call engineer had it back up in 45 minutes"): it tells how long the fix took, no wait
    /// of the customer's; quick up to half an hour, no blame beyond (round analyzer80).</summary>
    private static bool RecoveredIn(in SentenceContext s, int first)
    {
        if (first < 2 || !s.FoldOf(first - 1).SequenceEqual("in"))
        {
            return false;
        }
        for (var j = first - 2; j >= 0 && j >= first - 1 - RecoveryReach; j--)
        {
            if (s.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
            if ((s.RolesOf(j) & LexiconRole.ServiceCue) != 0)
            {
                ref readonly var entry = ref s.Lexicon[s.Tokens[j].Entry];
                return entry.Category == ServiceCategory.Resolution && entry.Valence > 0;
            }
        }
        return false;
    }

    /// <summary>How many words before a long span its bound ("more than", "over"), the verb that measures the wait and
    /// a negator before that verb may stand ("never had to wait more than an hour").</summary>
    private const int CapReach = 8;
    /// <summary>How many words after the negator the verb that measures the wait may stand ("never had to wait").</summary>
    private const int CapVerbReach = 3;

    /// <summary>Whether the long span at <paramref name="t"/> (its number from <paramref name="at"/>) is bounded from
    /// below ("more than", "longer than", "over") after a verb that measures a wait with a negator right before it ("I
    /// never waited more than an hour for a reply", "support has never taken longer than a day to answer", "we didn't
    /// have to wait over ten minutes"): the longest wait is denied, every wait was shorter, which praises the speed
    /// (round analyzer62).</summary>
    private static bool IsCapDenied(in SentenceContext s, int t, int at)
    {
        var bound = false;
        var measured = -1;
        for (var j = Math.Min(t, at) - 1; j >= 0 && j >= t - CapReach; j--)
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
            if (measured < 0 && s.FoldOf(j) is "than" or "over")
            {
                bound = true;
            }
            else if (bound && measured < 0 && ((roles & LexiconRole.Waiting) != 0 || (s.SensesOf(j) & EnglishSense.SpanLead) != 0))
            {
                measured = j;
            }
            else if (measured >= 0)
            {
                if ((roles & LexiconRole.Negator) != 0)
                {
                    return true;
                }
                if (measured - j >= CapVerbReach)
                {
                    return false;
                }
            }
        }
        return false;
    }

    /// <summary>Whether a limiter ("only", "just") stands at most <see cref="PlayDownReach"/> words before
    /// <paramref name="first"/>, over words only.</summary>
    private static bool LimitedBefore(in SentenceContext s, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - PlayDownReach; j--)
        {
            if (s.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
            if ((s.SensesOf(j) & EnglishSense.Limit) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static float Valence(in SentenceContext s, int t, out float minutes, out int at)
    {
        minutes = 0f;
        var unit = s.Lexicon[s.Tokens[t].Entry].Minutes;
        var last = t + s.Tokens[t].Span - 1;
        // "two weeks later": the word after the span measures it, as "took" before it would
        var later = IsLedAfter(s, last);
        (var count, at) = NumberNear(s, t, -1, later);
        if (count <= 0 && unit <= NumberAfterUpTo)
        {
            (count, at) = NumberNear(s, last, 1, false);
        }
        if (count <= 0 && unit >= DayMinutes && s.Tokens[t].Span > 1)
        {
            // "a week", "a whole day": the unit names its own count
            (count, at) = (1f, t);
        }
        if (count <= 0 && unit < DayMinutes && BoundsAnswer(s, t))
        {
            // "a reply within an hour": a number in words bounded on an answer counts, as one measured does
            var (words, wordAt) = NumberNear(s, t, -1, true);
            if (words > 0 && Near(s, Math.Min(t, wordAt), last, LexiconRole.Bound))
            {
                (count, at) = (words, wordAt);
            }
        }
        minutes = count * unit;
        if (minutes <= 0 || Near(s, Math.Min(t, at), Math.Max(last, at), LexiconRole.Distance))
        {
            return 0f;
        }
        if (Near(s, Math.Min(t, at), Math.Max(last, at), LexiconRole.Bound))
        {
            return minutes <= QuickMinutes || (minutes <= DayMinutes && BoundsAnswer(s, Math.Min(t, at))) ? QuickService : 0f;
        }
        // days and longer are no stay at a table and no opening hours only when measured ("takes at least two days")
        if (unit >= DayMinutes)
        {
            return later || IsLed(s, at) ? LongWait : 0f;
        }
        return minutes is >= LongWaitMinutes and <= LongestWaitMinutes ? LongWait : 0f;
    }

    /// <summary>Whether the bounded span from <paramref name="first"/> bounds an answer to the customer: a service
    /// target of speed or of a case ("reply", "response", "ticket") stands earlier in its clause. An answer within
    /// an hour, or within the working day, is quick for support ("every ticket gets a reply within an hour"), where a
    /// dish or a waiter an hour away is not (round analyzer50).</summary>
    private static bool BoundsAnswer(in SentenceContext s, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - AnswerReach; j--)
        {
            if (s.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
            if ((s.RolesOf(j) & LexiconRole.ServiceTarget) != 0
                && s.Lexicon[s.Tokens[j].Entry].Category is ServiceCategory.Speed or ServiceCategory.Resolution
                && s.Lexicon[s.Tokens[j].Entry].Minutes == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word of <paramref name="role"/> stands shortly before the span (from <paramref name="first"/>)
    /// or right after it (a postposition or "walk", after <paramref name="last"/>), in the same clause.</summary>
    private static bool Near(in SentenceContext s, int first, int last, LexiconRole role)
    {
        for (var j = last + 1; j < s.Tokens.Length && j <= last + AfterReach; j++)
        {
            if (s.Tokens[j].Kind != TokenKind.Word)
            {
                break;
            }
            if ((s.RolesOf(j) & role) != 0)
            {
                return true;
            }
        }
        for (var j = first - 1; j >= 0 && j >= first - BoundReach; j--)
        {
            if (s.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
            if ((s.RolesOf(j) & role) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The largest number among the <see cref="Reach"/> word tokens from <paramref name="t"/> in direction
    /// <paramref name="step"/> ("20-25" reads 25, "forty five" 40) and where it stands; (0, <paramref name="t"/>) if
    /// none. A number in words counts only after a word that measures a wait (<see cref="IsLed"/>) or when one follows
    /// the span (<paramref name="led"/>).</summary>
    private static (float Count, int At) NumberNear(in SentenceContext s, int t, int step, bool led)
    {
        var best = 0f;
        var at = t;
        for (var k = 1; k <= Reach; k++)
        {
            var j = t + (k * step);
            if (j < 0 || j >= s.Tokens.Length || s.Tokens[j].Kind != TokenKind.Word)
            {
                break;
            }
            float value = Parse(s.Text.Slice(s.Tokens[j].Start, s.Tokens[j].Length));
            if (value == 0 && (s.SensesOf(j) & EnglishSense.Number) != 0 && (led || IsLed(s, j)))
            {
                value = s.Lexicon[s.Tokens[j].Entry].Minutes;
            }
            if (value > best)
            {
                best = value;
                at = j;
            }
        }
        return (best, at);
    }

    /// <summary>Whether a word that measures a wait ("took", "after") or a verb of waiting stands shortly before the
    /// number in words at <paramref name="j"/>, with no break between.</summary>
    private static bool IsLed(in SentenceContext s, int j)
    {
        // a phrase counts as one word, so its head reaches as far as its last word would ("asked me to wait for two
        // hours", round analyzer73)
        for (int k = j - 1, words = 0; k >= 0 && words < LeadReach; k--)
        {
            if (s.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
            if (s.Tokens[k].Span == 0)
            {
                continue;
            }
            words++;
            if ((s.SensesOf(k) & EnglishSense.SpanLead) != 0 || (s.RolesOf(k) & LexiconRole.Waiting) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word that measures a wait follows the span at <paramref name="last"/> right away ("a month
    /// later", "two weeks later"): the span is how long something took to come.</summary>
    private static bool IsLedAfter(in SentenceContext s, int last)
    {
        var next = s.After(last);
        return next < s.Tokens.Length && s.Tokens[next].Kind == TokenKind.Word && (s.SensesOf(next) & EnglishSense.SpanLead) != 0;
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
