namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// One meaning of a word or phrase in one language. Entries for the same key in other languages are chained by
/// <see cref="Next"/>; <see cref="OwnLanguageOnly"/> keeps a false friend (French "pain") out of other languages.
/// </summary>
internal readonly record struct LexiconEntry(
    Language Language,
    LexiconRole Roles,
    EnglishSense Senses,
    float Valence,
    float Boost,
    ServiceCategory Category,
    bool OwnLanguageOnly,
    int Next,
    float Minutes = 0)
{
    public bool Has(LexiconRole role) => (Roles & role) != 0;

    public bool Has(EnglishSense sense) => (Senses & sense) != 0;
}
