using System.Globalization;
using System.Text;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Maps every UTF-16 unit to the form lexicon keys are stored in: lower case, Latin diacritics dropped (reviews are
/// often typed without them: "atencion", "hizli"), Arabic letter variants unified and vowel marks removed, Devanagari
/// nasal marks and nukta removed. One table look-up per character keeps tokenisation allocation-free.
/// </summary>
internal static class CharFolding
{
    /// <summary>Folded value of characters that carry nothing for matching (vowel marks, joiners, selectors).</summary>
    public const char Dropped = '\0';

    // Declared before Folds: static fields initialise in order and Build reads it.
    private static readonly (char From, char To)[] Overrides =
    [
        ('ı', 'i'), ('İ', 'i'), ('ø', 'o'), ('Ø', 'o'), ('đ', 'd'), ('ł', 'l'), ('Ł', 'l'),
        ('ё', 'е'), ('Ё', 'е'),
        ('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ٱ', 'ا'), ('ة', 'ه'), ('ى', 'ي'), ('ؤ', 'و'), ('ئ', 'ي'),
    ];

    private static readonly char[] Folds = Build();

    /// <summary>The folded value of every UTF-16 unit, for loops that keep the table in a local.</summary>
    public static ReadOnlySpan<char> Table => Folds;

    public static char Fold(char c) => Folds[c];

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = char.IsSurrogate(c) ? c : WithoutLatinDiacritic(char.ToLowerInvariant(c));
        }
        foreach (var (from, to) in Overrides)
        {
            table[from] = to;
        }
        foreach (var apostrophe in "’‘ʼ`´")
        {
            table[apostrophe] = '\'';
        }
        // Arabic harakat, superscript alef and tatweel; Devanagari nukta and nasalisation; joiners and selectors.
        for (var c = 0x064B; c <= 0x0652; c++)
        {
            table[c] = Dropped;
        }
        foreach (var dropped in "\u0670\u0640\u093C\u0901\u0902\u200B\u200C\u200D\uFE0E\uFE0F\u00AD")
        {
            table[dropped] = Dropped;
        }
        return table;
    }

    private static char WithoutLatinDiacritic(char c)
    {
        if (c < '\u00C0' || c > '\u024F')
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && decomposed[0] < '\u0080'
            && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : c;
    }
}
