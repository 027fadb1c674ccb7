namespace SupportSignals.Sentiment;

/// <summary>Positive/neutral/negative confidences, each 0..1, summing to about 1.</summary>
public sealed record SentimentScores(double Positive, double Neutral, double Negative);

/// <summary>A sentence and its sentiment; offsets and lengths are in UTF-16 code units of the analysed text.</summary>
public sealed record SentenceSentiment(string Text, int Offset, int Length, Polarity Polarity, SentimentScores Scores);

/// <summary>A statement about the service people give, with the span that carries it.</summary>
public sealed record ServiceMention(
    string Text,
    int Offset,
    int Length,
    Polarity Polarity,
    double Confidence,
    ServiceCategory Category,
    string Target);

/// <summary>The analysis of one text: language, overall and per-sentence sentiment, and service mentions.</summary>
public sealed record TextAnalysis
{
    public required string Id { get; init; }
    /// <summary>ISO 639-1 code, e.g. "en", "ru", "hi"; "und" when unknown.</summary>
    public required string Language { get; init; }
    public required Polarity Polarity { get; init; }
    public required SentimentScores Scores { get; init; }
    public IReadOnlyList<SentenceSentiment> Sentences { get; init; } = [];
    public IReadOnlyList<ServiceMention> Mentions { get; init; } = [];
    /// <summary>Set when this text could not be analysed (e.g. a per-document error from Azure AI Language).</summary>
    public string? Error { get; init; }

    public bool MentionsService => Mentions.Count > 0;
}

/// <summary>A text to analyse; <see cref="Language"/> is a hint (ISO 639-1) when the source knows it.</summary>
public sealed record AnalysisRequest(string Id, string Text, string? Language = null);
