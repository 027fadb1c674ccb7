namespace SupportSignals.Sentiment.Embedded;

internal enum TokenKind : byte
{
    Word,
    Emoji,
    ClauseBreak,
    SentenceEnd,
    LineBreak,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    SpaceBefore = 1,
    AllCaps = 2,
    StartsUpper = 4,
    Exclamation = 8,
    SingleLetter = 16,
    Arabic = 32,
}

/// <summary>
/// A word, emoji or boundary. Offsets point into the analysed text; the folded form lives in the tokenizer's fold
/// buffer. <see cref="Entry"/> is the lexicon entry chosen for it and <see cref="Span"/> the number of tokens that
/// entry covers (a phrase), 0 for tokens inside a phrase that an earlier token took.
/// </summary>
internal struct Token
{
    public int Start;
    public int Length;
    public int FoldStart;
    public int FoldLength;
    public TokenKind Kind;
    public TokenFlags Flags;
    public byte Span;
    /// <summary>Folded characters after a matched stem ("medi" in Turkish "beğenmedi"); 0 for whole-word matches.</summary>
    public byte Suffix;
    public int Entry;
    /// <summary>A shorter stem's entry chain, tried when <see cref="Entry"/> has no meaning in the text's language.</summary>
    public int Stem;

    public readonly int End => Start + Length;

    /// <summary>The token's folded form in <paramref name="fold"/>, the fold buffer its offsets point into.</summary>
    public readonly ReadOnlySpan<char> FoldIn(ReadOnlySpan<char> fold) => fold.Slice(FoldStart, FoldLength);

    public readonly bool IsWordLike => Kind is TokenKind.Word or TokenKind.Emoji;

    /// <summary>Whether the token ends a sentence asking ("?", "?!", "!?") in <paramref name="text"/>, the analysed text.</summary>
    public readonly bool Asks(ReadOnlySpan<char> text) => Kind == TokenKind.SentenceEnd && text.Slice(Start, Length).Contains('?');

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
