namespace SupportSignals.Sentiment.Embedded;

/// <summary>The languages the embedded lexicons cover; <see cref="Unknown"/> marks entries shared by all (emoji).</summary>
internal enum Language : byte
{
    Unknown,
    En,
    Es,
    Fr,
    De,
    Pt,
    Nl,
    Tr,
    Ru,
    Ar,
    Hi,
}

internal static class Languages
{
    public const int Count = (int)Language.Hi + 1;

    private static readonly string[] Codes = ["und", "en", "es", "fr", "de", "pt", "nl", "tr", "ru", "ar", "hi"];

    public static string Code(Language language) => Codes[(int)language];

    /// <summary>Reads an ISO 639-1 hint such as "es" or "pt-BR"; unknown codes give <see cref="Language.Unknown"/>.</summary>
    public static Language Parse(ReadOnlySpan<char> code)
    {
        if (code.Length < 2)
        {
            return Language.Unknown;
        }
        var primary = code[..2];
        for (var i = 1; i < Codes.Length; i++)
        {
            if (primary.Equals(Codes[i], StringComparison.OrdinalIgnoreCase))
            {
                return (Language)i;
            }
        }
        return Language.Unknown;
    }
}
