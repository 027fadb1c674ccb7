namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// A frozen trie over folded words and phrases (words joined by one space). A key ending in <c>*</c> is a stem and
/// matches any word it begins ("вежлив*" matches "вежливые"), so inflected languages need one line per stem.
/// Matching walks the trie once per token and keeps the longest exact word, stem or phrase, with no allocation.
/// </summary>
internal sealed class Lexicon
{
    private const char WordSeparator = ' ';
    /// <summary>The longest phrase, in words, a key may be; the builder refuses longer ones, which could never match.</summary>
    internal const int MaxPhraseTokens = 8;

    private readonly int[] _edgeStart;
    private readonly int[] _edgeCount;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly int[] _exact;
    private readonly int[] _stem;
    private readonly LexiconEntry[] _entries;
    /// <summary>The root's children by character: every word starts at the root, whose edges are the most of any node.</summary>
    private readonly int[] _rootChild = new int[RootTableSize];

    /// <summary>Latin, Cyrillic, Arabic and Devanagari first letters are looked up directly; others by search.</summary>
    private const int RootTableSize = 0x0980;
    /// <summary>The second letter of a word that starts with an ASCII letter is looked up directly too when it is one of
    /// the 32 characters from '`' to DEL (the lower-case ASCII letters): the first two steps of most words' walk are
    /// where nodes have the most children, and a search there was the walk's largest cost.</summary>
    private const char SecondFirst = '`';
    private const int SecondSize = 32;
    private readonly int[] _secondChild = new int[128 * SecondSize];

    internal Lexicon(int[] edgeStart, int[] edgeCount, char[] edgeChar, int[] edgeTarget, int[] exact, int[] stem, LexiconEntry[] entries)
    {
        _edgeStart = edgeStart;
        _edgeCount = edgeCount;
        _edgeChar = edgeChar;
        _edgeTarget = edgeTarget;
        _exact = exact;
        _stem = stem;
        _entries = entries;
        Array.Fill(_rootChild, -1);
        Array.Fill(_secondChild, -1);
        for (var edge = edgeStart[0]; edge < edgeStart[0] + edgeCount[0]; edge++)
        {
            if (edgeChar[edge] < RootTableSize)
            {
                _rootChild[edgeChar[edge]] = edgeTarget[edge];
            }
            if (edgeChar[edge] < 128)
            {
                var first = edgeChar[edge];
                var node = edgeTarget[edge];
                for (var second = edgeStart[node]; second < edgeStart[node] + edgeCount[node]; second++)
                {
                    if (edgeChar[second] is >= SecondFirst and < (char)(SecondFirst + SecondSize))
                    {
                        _secondChild[(first * SecondSize) + edgeChar[second] - SecondFirst] = edgeTarget[second];
                    }
                }
            }
        }
    }

    /// <summary>The lexicons shipped as embedded resources, loaded once.</summary>
    public static Lexicon Shared => SharedHolder.Instance;

    public int EntryCount => _entries.Length;

    public ref readonly LexiconEntry this[int entry] => ref _entries[entry];

    /// <summary>
    /// The entry chain of the longest key that starts at <paramref name="first"/>, skipping <paramref name="skip"/>
    /// folded characters of it (a clitic prefix), or -1. <paramref name="span"/> gets the number of tokens covered.
    /// </summary>
    /// <paramref name="suffix"/> gets the number of folded characters a stem left unmatched at the end, and
    /// <paramref name="stem"/> the longest stem of the first word when a longer key won over it (another language
    /// may only know the word by that stem: French "attente" is a word, Dutch "attente" an inflection of "attent").
    public int Match(ReadOnlySpan<Token> tokens, int first, ReadOnlySpan<char> fold, int skip, out int span, out int suffix, out int stem)
    {
        var best = -1;
        span = 0;
        suffix = 0;
        stem = -1;
        var node = 0;
        var whole = -1;
        var wholeEnd = 0;
        var last = Math.Min(tokens.Length, first + MaxPhraseTokens);
        for (var t = first; t < last; t++)
        {
            ref readonly var token = ref tokens[t];
            if (!token.IsWordLike)
            {
                break;
            }
            if (t > first)
            {
                node = Child(node, WordSeparator);
                if (node < 0)
                {
                    break;
                }
            }
            var chars = token.FoldIn(fold);
            var begin = t == first ? skip : 0;
            for (var k = begin; k < chars.Length && node >= 0; k++)
            {
                if (t == first && k > begin && _exact[node] >= 0)
                {
                    whole = _exact[node];
                    wholeEnd = k;
                }
                if (k > begin && _stem[node] >= 0)
                {
                    best = _stem[node];
                    span = t - first + 1;
                    suffix = chars.Length - k;
                    if (t == first)
                    {
                        stem = best;
                    }
                }
                node = t == first && k == begin + 1 && chars[begin] < 128 && (uint)(chars[k] - SecondFirst) < SecondSize
                    ? _secondChild[(chars[begin] * SecondSize) + chars[k] - SecondFirst]
                    : Child(node, chars[k]);
            }
            if (node < 0)
            {
                break;
            }
            var key = _exact[node] >= 0 ? _exact[node] : _stem[node];
            if (t == first && _stem[node] >= 0)
            {
                stem = _stem[node];
            }
            if (key >= 0)
            {
                best = key;
                span = t - first + 1;
                suffix = 0;
            }
        }
        if (whole >= 0 && (best < 0 || (span == 1 && suffix > 0)))
        {
            var chars = tokens[first].FoldIn(fold);
            var rest = chars.Length - wholeEnd;
            // the Turkish meaning first: most whole-word prefixes ("a" of "amazing") are no Turkish word
            if ((best < 0 || rest < suffix) && ChooseOwn(whole, Language.Tr) >= 0 && TurkishCopula.Is(chars[wholeEnd..]))
            {
                best = whole;
                span = 1;
                suffix = rest;
            }
        }
        if (stem == best)
        {
            stem = -1;
        }
        return best;
    }

    /// <summary>The meaning of a matched key in <paramref name="language"/>, else its first shared meaning, else -1.</summary>
    public int Choose(int chain, Language language)
    {
        var fallback = -1;
        for (var e = chain; e >= 0; e = _entries[e].Next)
        {
            ref readonly var entry = ref _entries[e];
            if (entry.Language == language && language != Language.Unknown)
            {
                return e;
            }
            if (fallback < 0 && !entry.OwnLanguageOnly)
            {
                fallback = e;
            }
        }
        return fallback;
    }

    /// <summary>The meaning of a matched key in <paramref name="language"/> only, or -1.</summary>
    public int ChooseOwn(int chain, Language language)
    {
        for (var e = chain; e >= 0; e = _entries[e].Next)
        {
            if (_entries[e].Language == language)
            {
                return e;
            }
        }
        return -1;
    }

    private int Child(int node, char c)
    {
        if (node == 0 && c < RootTableSize)
        {
            return _rootChild[c];
        }
        var lo = _edgeStart[node];
        var hi = lo + _edgeCount[node] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = _edgeChar[mid];
            if (m == c)
            {
                return _edgeTarget[mid];
            }
            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private static class SharedHolder
    {
        public static readonly Lexicon Instance = LexiconLoader.LoadEmbedded();
    }
}
