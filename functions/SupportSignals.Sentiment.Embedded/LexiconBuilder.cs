namespace SupportSignals.Sentiment.Embedded;

/// <summary>Collects keys into a mutable trie, merging lines that give the same key more roles, then freezes it.</summary>
internal sealed class LexiconBuilder
{
    public struct Definition
    {
        public Language Language;
        public LexiconRole Roles;
        public EnglishSense Senses;
        public float Valence;
        public float Boost;
        public ServiceCategory Category;
        public bool OwnLanguageOnly;
        public float Minutes;
    }

    private readonly List<Dictionary<char, int>> _children = [[]];
    private readonly List<int> _exact = [-1];
    private readonly List<int> _stem = [-1];
    private readonly List<Definition> _entries = [];
    private readonly List<int> _next = [];
    private readonly List<(int Entry, string FirstWord)> _phrases = [];

    public void Add(ReadOnlySpan<char> term, bool stem, Definition definition)
    {
        var key = FoldedKey(term);
        if (key.Length == 0)
        {
            throw new InvalidDataException($"Lexicon term '{term}' has no letters.");
        }
        if (key.Count(' ') >= Lexicon.MaxPhraseTokens)
        {
            throw new InvalidDataException($"Lexicon term '{term}' has more than {Lexicon.MaxPhraseTokens} words and could never match.");
        }
        var node = 0;
        foreach (var c in key)
        {
            if (!_children[node].TryGetValue(c, out var child))
            {
                child = _children.Count;
                _children.Add([]);
                _exact.Add(-1);
                _stem.Add(-1);
                _children[node][c] = child;
            }
            node = child;
        }
        var heads = stem ? _stem : _exact;
        var last = -1;
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        for (var e = heads[node]; e >= 0; last = e, e = _next[e])
        {
            if (_entries[e].Language == definition.Language)
            {
                _entries[e] = Merge(_entries[e], definition);
                return;
            }
        }
        if (space > 0)
        {
            _phrases.Add((_entries.Count, key[..space]));
        }
        _entries.Add(definition);
        _next.Add(-1);
        if (last < 0)
        {
            heads[node] = _entries.Count - 1;
        }
        else
        {
            _next[last] = _entries.Count - 1;
        }
    }

    public Lexicon Build()
    {
        var trie = CharTrie.Build(_children, out var slotOf);
        var exact = new int[trie.Slots];
        var stem = new int[trie.Slots];
        Array.Fill(exact, -1);
        Array.Fill(stem, -1);
        for (var node = 0; node < slotOf.Length; node++)
        {
            exact[slotOf[node]] = _exact[node];
            stem[slotOf[node]] = _stem[node];
        }
        MarkNegatedPhrases();
        var entries = new LexiconEntry[_entries.Count];
        for (var e = 0; e < entries.Length; e++)
        {
            var d = _entries[e];
            entries[e] = new LexiconEntry(d.Language, d.Roles, d.Senses, d.Valence, d.Boost, d.Category, d.OwnLanguageOnly, _next[e], d.Minutes);
        }
        return new Lexicon(trie, exact, stem, entries);
    }

    /// <summary>Phrases whose first word is a negator of their language carry <see cref="LexiconRole.NegatedPhrase"/>.</summary>
    private void MarkNegatedPhrases()
    {
        foreach (var (entry, firstWord) in _phrases)
        {
            var node = 0;
            foreach (var c in firstWord)
            {
                node = _children[node].TryGetValue(c, out var child) ? child : -1;
                if (node < 0)
                {
                    break;
                }
            }
            if (node < 0)
            {
                continue;
            }
            for (var e = _exact[node]; e >= 0; e = _next[e])
            {
                var word = _entries[e];
                if (word.Language == _entries[entry].Language && (word.Roles & LexiconRole.Negator) != 0 && (_entries[entry].Roles & LexiconRole.Negator) == 0)
                {
                    var phrase = _entries[entry];
                    phrase.Roles |= LexiconRole.NegatedPhrase;
                    _entries[entry] = phrase;
                }
            }
        }
    }

    private static Definition Merge(Definition existing, Definition added)
    {
        var merged = existing;
        merged.Roles |= added.Roles;
        merged.Senses |= added.Senses;
        if ((added.Roles & LexiconRole.Sentiment) != 0)
        {
            merged.Valence = added.Valence;
        }
        if ((added.Roles & LexiconRole.Booster) != 0)
        {
            merged.Boost = added.Boost;
        }
        if ((added.Roles & (LexiconRole.ServiceTarget | LexiconRole.ServiceCue | LexiconRole.CategoryHint)) != 0)
        {
            merged.Category = added.Category;
        }
        if ((added.Roles & LexiconRole.Duration) != 0 || (added.Senses & EnglishSense.Number) != 0)
        {
            merged.Minutes = added.Minutes;
        }
        merged.OwnLanguageOnly |= added.OwnLanguageOnly;
        return merged;
    }

    /// <summary>The key as the tokenizer would fold the term: its tokens' folded forms joined by single spaces.</summary>
    private static string FoldedKey(ReadOnlySpan<char> term)
    {
        var tokens = new Token[term.Length];
        var fold = new char[term.Length];
        var count = Tokenizer.Tokenize(term, tokens, fold);
        var parts = new List<string>(count);
        for (var t = 0; t < count; t++)
        {
            if (tokens[t].IsWordLike)
            {
                parts.Add(new string(fold, tokens[t].FoldStart, tokens[t].FoldLength));
            }
        }
        return string.Join(' ', parts);
    }
}
