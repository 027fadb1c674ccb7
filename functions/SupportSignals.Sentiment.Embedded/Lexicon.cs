using System.Runtime.CompilerServices;

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

    private readonly CharTrie _trie;
    /// <summary>By node: the entry chain of the word or phrase that ends there, or -1.</summary>
    private readonly int[] _exact;
    /// <summary>By node: the entry chain of the stem that ends there, or -1.</summary>
    private readonly int[] _stem;
    private readonly LexiconEntry[] _entries;
    /// <summary>By entry: the languages of the chain from that entry on.</summary>
    private readonly ChainLanguages[] _chains;

    internal Lexicon(CharTrie trie, int[] exact, int[] stem, LexiconEntry[] entries)
    {
        _trie = trie;
        _exact = exact;
        _stem = stem;
        _entries = entries;
        _chains = ChainLanguages.Of(entries);
    }

    /// <summary>The lexicons shipped as embedded resources, loaded once.</summary>
    public static Lexicon Shared => SharedHolder.Instance;

    public int EntryCount => _entries.Length;

    public ref readonly LexiconEntry this[int entry] => ref _entries[entry];

    /// <summary>The languages that know the key whose entry chain starts at <paramref name="chain"/>.</summary>
    public ChainLanguages LanguagesOf(int chain) => _chains[chain];

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
                node = _trie.Child(node, WordSeparator);
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
                node = _trie.Child(node, chars[k]);
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
    // Inlined into the analyzer's loop that gives every matched token its meaning (a call per token otherwise; the JIT
    // does not inline a method with a loop on its own).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ChooseOwn(int chain, Language language)
    {
        // most words of a text are known in its language or in none, so the walk is mostly a hit or skipped
        if (!_chains[chain].Has(language))
        {
            return -1;
        }
        for (var e = chain; e >= 0; e = _entries[e].Next)
        {
            if (_entries[e].Language == language)
            {
                return e;
            }
        }
        return -1;
    }

    private static class SharedHolder
    {
        public static readonly Lexicon Instance = LexiconLoader.LoadEmbedded();
    }
}
