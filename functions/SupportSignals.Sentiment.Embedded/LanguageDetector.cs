using System.Runtime.CompilerServices;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Picks the language of a text from its script (Cyrillic, Arabic, Devanagari) or, for Latin script, from votes of
/// the words it shares with each lexicon (function words count most) and letters only some languages use (ñ, ş, ß).
/// Romanised Hindi is told apart by its own function words ("hai", "nahi", "bahut"). Spellings only one of the
/// languages uses ("ij" in Dutch, the present tense "-iyor" in Turkish typed without its letters) decide short texts.
/// </summary>
internal static class LanguageDetector
{
    // The words' votes are counted in quarters, as integers: every one of them is a whole number of quarters, and the
    // sums are the same as in floating point (where such sums are exact), only cheaper to add.
    private const int StopwordVote = 4;
    private const int LexiconVote = 1;
    private const int SpellingVote = 2;
    private const float Quarter = 0.25f;

    /// <param name="tokens">Tokens whose <see cref="Token.Entry"/> still holds the matched entry chain.</param>
    public static Language Detect(ReadOnlySpan<char> text, ReadOnlySpan<char> fold, ReadOnlySpan<Token> tokens, Lexicon lexicon)
    {
        Span<int> wordVotes = stackalloc int[Languages.Count];
        int latin = 0, cyrillic = 0, arabic = 0, devanagari = 0;
        foreach (ref readonly var token in tokens)
        {
            if (token.Kind != TokenKind.Word || token.Span == 0)
            {
                continue;
            }
            switch (text[token.Start])
            {
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
                case >= 'A' and <= '\u024F': latin++; break;
                default: break;
            }
            if (token.Entry >= 0)
            {
                // a phrase votes for each of its words: it covers them, function words included ("that was fine",
                // "never again", "nadie se acercó"), which would each have voted, and a phrase of two words or more
                // nearly always holds one, so its first word votes as a function word would
                lexicon.LanguagesOf(token.Entry).AddVotes(wordVotes, StopwordVote, PhraseVote(token.Span));
            }
            // A word one language knows as a whole word may be another's inflection ("servis": French participle,
            // Turkish "service"); both readings are evidence.
            if (token.Stem >= 0)
            {
                lexicon.LanguagesOf(token.Stem).AddVotes(wordVotes, LexiconVote, LexiconVote);
            }
        }
        // a loop of its own, which most texts skip: votes are integers, so their order does not matter
        if (HasSpellingCues(fold, tokens))
        {
            foreach (ref readonly var token in tokens)
            {
                if (token.Kind == TokenKind.Word && token.Span != 0)
                {
                    AddSpellingVotes(token.FoldIn(fold), wordVotes);
                }
            }
        }
        if (cyrillic > latin && cyrillic >= arabic && cyrillic >= devanagari)
        {
            return Language.Ru;
        }
        if (arabic > latin && arabic >= devanagari)
        {
            return Language.Ar;
        }
        if (devanagari > latin)
        {
            return Language.Hi;
        }
        Span<float> votes = stackalloc float[Languages.Count];
        for (var l = 0; l < votes.Length; l++)
        {
            votes[l] = wordVotes[l] * Quarter;
        }
        AddLetterVotes(text, votes);
        var best = Language.Unknown;
        var bestVotes = 0.4f;
        for (var l = (int)Language.En; l < Languages.Count; l++)
        {
            if (l is (int)Language.Ru or (int)Language.Ar)
            {
                continue;
            }
            if (votes[l] > bestVotes)
            {
                best = (Language)l;
                bestVotes = votes[l];
            }
        }
        return best;
    }

    private static int PhraseVote(int words) => words > 1 ? StopwordVote + LexiconVote * (words - 1) : LexiconVote;

    /// <summary>
    /// Whether the folded words hold "ij" or "yor" anywhere, the letters every spelling vote needs: one vectorised
    /// search of the whole text, where most texts (in English, all but a few) have neither and then no word need be
    /// read letter by letter. The fold buffer holds the words back to back, so a pair across two words may be found
    /// too; that only costs the reading that would have been done anyway.
    /// </summary>
    private static bool HasSpellingCues(ReadOnlySpan<char> fold, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return false;
        }
        // tokens are added in order and the fold buffer only grows, so the last token ends where the words end; past
        // it lies what earlier texts left
        var words = fold[..(tokens[^1].FoldStart + tokens[^1].FoldLength)];
        return words.IndexOf("ij", StringComparison.Ordinal) >= 0 || words.IndexOf("yor", StringComparison.Ordinal) >= 0;
    }

    // One scalar pass: words are short, and three vectorised searches per word cost more than reading it once. Inlined
    // into Detect's loop over the tokens, since the JIT does not inline a method with a loop on its own (round analyzer41).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSpellingVotes(ReadOnlySpan<char> word, Span<int> votes)
    {
        if (word.Length < 3)
        {
            return;
        }
        bool dutch = false, turkish = false;
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (word[i] is not ('i' or 'u'))
            {
                continue;
            }
            dutch |= word[i] == 'i' && word[i + 1] == 'j';
            turkish |= i + 3 < word.Length && word[i + 1] == 'y' && word[i + 2] == 'o' && word[i + 3] == 'r';
        }
        if (dutch)
        {
            votes[(int)Language.Nl] += SpellingVote;
        }
        if (turkish)
        {
            votes[(int)Language.Tr] += SpellingVote;
        }
    }

    private static void AddLetterVotes(ReadOnlySpan<char> text, Span<float> votes)
    {
        // every letter that votes is at U+00C0 or above: one vectorised search skips the plain ASCII most texts are,
        // wholly (English) or up to their first accent
        var first = text.IndexOfAnyInRange('\u00C0', char.MaxValue);
        if (first < 0)
        {
            return;
        }
        foreach (var c in text[first..])
        {
            if (c < '\u00C0')
            {
                continue;
            }
            switch (char.ToLowerInvariant(c))
            {
                case 'ñ' or '¿' or '¡': votes[(int)Language.Es] += 1f; break;
                case 'ã' or 'õ': votes[(int)Language.Pt] += 1f; break;
                case 'ş' or 'ğ' or 'ı': votes[(int)Language.Tr] += 1.5f; break;
                case 'ß': votes[(int)Language.De] += 1f; break;
                case 'ä': votes[(int)Language.De] += 0.5f; break;
                case 'ö' or 'ü': votes[(int)Language.De] += 0.3f; votes[(int)Language.Tr] += 0.3f; break;
                case 'ç': votes[(int)Language.Fr] += 0.3f; votes[(int)Language.Pt] += 0.3f; votes[(int)Language.Tr] += 0.3f; break;
                case 'è' or 'ê' or 'à' or 'ù' or 'û' or 'œ' or 'î': votes[(int)Language.Fr] += 0.4f; break;
                case 'é': votes[(int)Language.Fr] += 0.2f; votes[(int)Language.Es] += 0.1f; votes[(int)Language.Pt] += 0.1f; break;
                case 'á' or 'í' or 'ó' or 'ú': votes[(int)Language.Es] += 0.2f; votes[(int)Language.Pt] += 0.2f; break;
                case 'â' or 'ô': votes[(int)Language.Pt] += 0.2f; votes[(int)Language.Fr] += 0.2f; break;
                case 'ë' or 'ï': votes[(int)Language.Nl] += 0.3f; votes[(int)Language.Fr] += 0.2f; break;
                default: break;
            }
        }
    }
}
