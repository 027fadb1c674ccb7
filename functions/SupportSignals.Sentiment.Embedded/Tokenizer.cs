using System.Globalization;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Splits text into words, emoji, emoticons and clause/sentence boundaries in one pass, writing each word's folded
/// form (<see cref="CharFolding"/>) to a buffer. Short elisions are split off ("l'accueil" → "l'" + "accueil",
/// "n'est" → "n'" + "est") while English contractions stay whole ("didn't"); a hyphen inside a word only separates.
/// </summary>
internal static class Tokenizer
{
    private enum CharClass : byte
    {
        Other,
        Space,
        Word,
        Apostrophe,
        SentenceEnd,
        ClauseBreak,
        LineBreak,
        Symbol,
        Hyphen,
        Emoticon,
        HighSurrogate,
    }

    private static readonly CharClass[] Classes = BuildClasses();

    /// <summary>Per character: 1 for a letter, 3 for an upper-case letter, 0 for any other, so that a word's letters and
    /// capitals are counted without two tests per character.</summary>
    private static readonly byte[] LetterKinds = BuildLetterKinds();

    private static readonly string[] Emoticons =
    [
        ":-)", ":)", ":-(", ":(", ":-D", ":D", ";-)", ";)", ":'(", ":-/", ":/", ":-P", ":P", ":-|", ":|", "=)", "=(",
        "<3",
    ];

    private const int MaxElision = 2;

    /// <returns>The number of tokens written; <paramref name="tokens"/> and <paramref name="fold"/> must be at least
    /// as long as <paramref name="text"/>.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens, Span<char> fold)
    {
        var count = 0;
        var folded = 0;
        var spaceBefore = true;
        var i = 0;
        // in a local, as in ReadWord: the loop writes tokens, after which the JIT would read the static field again
        var classes = Classes;
        while (i < text.Length)
        {
            var c = text[i];
            var cls = classes[c];
            switch (cls)
            {
                case CharClass.Word:
                    i = ReadWord(text, i, tokens, ref count, fold, ref folded, spaceBefore);
                    spaceBefore = false;
                    continue;
                case CharClass.HighSurrogate:
                    if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && IsEmoji(char.ConvertToUtf32(c, text[i + 1])))
                    {
                        var length = 2 + Modifiers(text, i + 2);
                        fold[folded] = c;
                        fold[folded + 1] = text[i + 1];
                        Add(tokens, ref count, i, length, folded, 2, TokenKind.Emoji, spaceBefore);
                        folded += 2;
                        i += length;
                        spaceBefore = false;
                        continue;
                    }
                    break;
                case CharClass.Symbol:
                    {
                        var length = 1 + Modifiers(text, i + 1);
                        fold[folded] = c;
                        Add(tokens, ref count, i, length, folded, 1, TokenKind.Emoji, spaceBefore);
                        folded++;
                        i += length;
                        spaceBefore = false;
                        continue;
                    }
                case CharClass.Emoticon:
                    {
                        var length = EmoticonLength(text[i..]);
                        if (length > 0)
                        {
                            for (var k = 0; k < length; k++)
                            {
                                fold[folded + k] = CharFolding.Fold(text[i + k]);
                            }
                            Add(tokens, ref count, i, length, folded, length, TokenKind.Emoji, spaceBefore);
                            folded += length;
                            i += length;
                            spaceBefore = false;
                            continue;
                        }
                        if (c is ':' or ';')
                        {
                            Add(tokens, ref count, i, 1, folded, 0, TokenKind.ClauseBreak, spaceBefore);
                        }
                        break;
                    }
                case CharClass.SentenceEnd:
                    {
                        var start = i;
                        var exclamation = false;
                        while (i < text.Length && classes[text[i]] == CharClass.SentenceEnd)
                        {
                            exclamation |= text[i] is '!' or '！';
                            i++;
                        }
                        Add(tokens, ref count, start, i - start, folded, 0, TokenKind.SentenceEnd, spaceBefore);
                        if (exclamation)
                        {
                            tokens[count - 1].Flags |= TokenFlags.Exclamation;
                        }
                        spaceBefore = false;
                        continue;
                    }
                case CharClass.ClauseBreak:
                    Add(tokens, ref count, i, 1, folded, 0, TokenKind.ClauseBreak, spaceBefore);
                    break;
                case CharClass.Hyphen:
                    // A dash between spaces separates clauses; inside a word ("well-trained") it only separates words.
                    // Two hyphens or more are a dash typed without its key ("-- amazing, we had just sat down"),
                    // spaces or not.
                    if (i + 1 < text.Length && classes[text[i + 1]] == CharClass.Hyphen)
                    {
                        var start = i;
                        while (i < text.Length && classes[text[i]] == CharClass.Hyphen)
                        {
                            i++;
                        }
                        Add(tokens, ref count, start, i - start, folded, 0, TokenKind.ClauseBreak, spaceBefore);
                        spaceBefore = false;
                        continue;
                    }
                    if (spaceBefore && (i + 1 == text.Length || classes[text[i + 1]] is CharClass.Space or CharClass.LineBreak))
                    {
                        Add(tokens, ref count, i, 1, folded, 0, TokenKind.ClauseBreak, spaceBefore);
                    }
                    break;
                case CharClass.LineBreak:
                    if (count == 0 || tokens[count - 1].Kind != TokenKind.LineBreak)
                    {
                        Add(tokens, ref count, i, 1, folded, 0, TokenKind.LineBreak, true);
                    }
                    break;
                default:
                    break;
            }
            spaceBefore = cls is CharClass.Space or CharClass.LineBreak;
            i++;
        }
        return count;
    }

    private static int ReadWord(ReadOnlySpan<char> text, int i, Span<Token> tokens, ref int count, Span<char> fold, ref int folded, bool spaceBefore)
    {
        var start = i;
        var foldStart = folded;
        var letters = 0;
        var uppers = 0;
        // The tables and the fold position in locals: the loop writes through a span, after which the JIT would read
        // each static table and the ref parameter again at every character (round analyzer44).
        var classes = Classes;
        var letterKinds = LetterKinds;
        var folds = CharFolding.Table;
        var end = folded;
        while (i < text.Length)
        {
            var c = text[i];
            var cls = classes[c];
            if (cls == CharClass.Apostrophe)
            {
                if (i + 1 >= text.Length || classes[text[i + 1]] != CharClass.Word)
                {
                    break;
                }
                if (letters <= MaxElision)
                {
                    fold[end++] = '\'';
                    i++;
                    break;
                }
                fold[end++] = '\'';
                i++;
                continue;
            }
            if (cls != CharClass.Word)
            {
                break;
            }
            var kind = letterKinds[c];
            letters += kind & 1;
            uppers += kind >> 1;
            var f = folds[c];
            if (f != CharFolding.Dropped)
            {
                fold[end++] = f;
            }
            i++;
        }
        folded = end;
        Add(tokens, ref count, start, i - start, foldStart, folded - foldStart, TokenKind.Word, spaceBefore);
        ref var token = ref tokens[count - 1];
        if (uppers > 0 && char.IsUpper(text[start]))
        {
            token.Flags |= TokenFlags.StartsUpper;
        }
        if (letters >= 2 && uppers == letters)
        {
            token.Flags |= TokenFlags.AllCaps;
        }
        if (letters == 1 && i - start == 1)
        {
            token.Flags |= TokenFlags.SingleLetter;
        }
        if (text[start] is >= '\u0600' and <= '\u06FF')
        {
            token.Flags |= TokenFlags.Arabic;
        }
        return i;
    }

    private static void Add(Span<Token> tokens, ref int count, int start, int length, int foldStart, int foldLength, TokenKind kind, bool spaceBefore)
    {
        tokens[count++] = new Token
        {
            Start = start,
            Length = length,
            FoldStart = foldStart,
            FoldLength = foldLength,
            Kind = kind,
            Flags = spaceBefore ? TokenFlags.SpaceBefore : TokenFlags.None,
            Entry = -1,
            Stem = -1,
        };
    }

    /// <summary>Skin tones, variation selectors and joiners that ride on an emoji: part of its span, not of its key.</summary>
    private static int Modifiers(ReadOnlySpan<char> text, int i)
    {
        var start = i;
        while (i < text.Length)
        {
            if (text[i] is '\uFE0F' or '\uFE0E' or '\u200D')
            {
                i++;
            }
            else if (i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        return i - start;
    }

    private static bool IsEmoji(int codePoint) => codePoint is >= 0x1F000 and <= 0x1FAFF;

    private static int EmoticonLength(ReadOnlySpan<char> text)
    {
        foreach (var emoticon in Emoticons)
        {
            if (text.StartsWith(emoticon, StringComparison.Ordinal)
                && (text.Length == emoticon.Length || !char.IsLetterOrDigit(text[emoticon.Length])))
            {
                return emoticon.Length;
            }
        }
        return 0;
    }

    private static CharClass[] BuildClasses()
    {
        var classes = new CharClass[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            classes[i] = char.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                    or UnicodeCategory.DecimalDigitNumber => CharClass.Word,
                UnicodeCategory.SpaceSeparator => CharClass.Space,
                UnicodeCategory.OtherSymbol => CharClass.Symbol,
                UnicodeCategory.Surrogate when char.IsHighSurrogate(c) => CharClass.HighSurrogate,
                _ => CharClass.Other,
            };
        }
        Assign(classes, "\t\v\f", CharClass.Space);
        Assign(classes, "\n\r\u2028\u2029\u0085", CharClass.LineBreak);
        Assign(classes, ".!?…।॥؟。！？", CharClass.SentenceEnd);
        Assign(classes, ",()[]{}–—،؛、，；", CharClass.ClauseBreak);
        Assign(classes, ":;=<", CharClass.Emoticon);
        Assign(classes, "'’‘ʼ", CharClass.Apostrophe);
        Assign(classes, "-‐‑", CharClass.Hyphen);
        // Joiners and soft hyphens inside words (Hindi, Persian spelling) must not split them.
        Assign(classes, "\u200C\u200D\u00AD", CharClass.Word);
        return classes;
    }

    private static byte[] BuildLetterKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            kinds[i] = char.IsLetter((char)i) ? char.IsUpper((char)i) ? (byte)3 : (byte)1 : (byte)0;
        }
        return kinds;
    }

    private static void Assign(CharClass[] classes, string chars, CharClass cls)
    {
        foreach (var c in chars)
        {
            classes[c] = cls;
        }
    }
}
