namespace SupportSignals.Sentiment.Embedded;

/// <summary>A run of tokens [First, End) forming one sentence.</summary>
internal readonly record struct TokenRange(int First, int End);

/// <summary>
/// Sentence boundaries over tokens: line breaks always; "!", "?", "…", "।", "؟" always; a full stop when a space
/// follows and it does not close a one-letter abbreviation ("e.g.") or sit inside a number ("3.5").
/// </summary>
internal static class SentenceSplitter
{
    /// <returns>The number of sentences written to <paramref name="sentences"/>; sentences without words are skipped.</returns>
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenRange> sentences)
    {
        var count = 0;
        var first = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.Kind == TokenKind.LineBreak)
            {
                Close(tokens, first, t, sentences, ref count);
                first = t + 1;
            }
            else if (token.Kind == TokenKind.SentenceEnd && EndsSentence(text, tokens, t))
            {
                Close(tokens, first, t + 1, sentences, ref count);
                first = t + 1;
            }
        }
        Close(tokens, first, tokens.Length, sentences, ref count);
        return count;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t)
    {
        if (t + 1 == tokens.Length)
        {
            return true;
        }
        var mark = text.Slice(tokens[t].Start, tokens[t].Length);
        if (mark.ContainsAnyExcept('.'))
        {
            return true;
        }
        ref readonly var next = ref tokens[t + 1];
        var abbreviation = t > 0 && tokens[t - 1].Has(TokenFlags.SingleLetter);
        return next.Has(TokenFlags.SpaceBefore) && !abbreviation && !char.IsDigit(text[next.Start]);
    }

    private static void Close(ReadOnlySpan<Token> tokens, int first, int end, Span<TokenRange> sentences, ref int count)
    {
        for (var t = first; t < end; t++)
        {
            if (tokens[t].IsWordLike)
            {
                sentences[count++] = new TokenRange(first, end);
                return;
            }
        }
    }
}
