using SupportSignals.Sentiment;

namespace SupportSignals.Retention;

/// <summary>How many comments (or comment-category pairs) carried each service polarity.</summary>
public sealed record PolarityCounts(int Positive, int Negative, int Mixed, int Neutral)
{
    public static readonly PolarityCounts None = new(0, 0, 0, 0);

    public int Total => Positive + Negative + Mixed + Neutral;

    /// <summary>Praise: a positive mention, alone or beside a negative one.</summary>
    public int Praising => Positive + Mixed;

    /// <summary>Blame: a negative mention, alone or beside a positive one.</summary>
    public int Blaming => Negative + Mixed;

    public static PolarityCounts Of(Polarity polarity) => polarity switch
    {
        Polarity.Positive => new(1, 0, 0, 0),
        Polarity.Negative => new(0, 1, 0, 0),
        Polarity.Mixed => new(0, 0, 1, 0),
        _ => new(0, 0, 0, 1),
    };

    public int Count(Polarity polarity) => polarity switch
    {
        Polarity.Positive => Positive,
        Polarity.Negative => Negative,
        Polarity.Mixed => Mixed,
        _ => Neutral,
    };

    public PolarityCounts Plus(PolarityCounts other) =>
        new(Positive + other.Positive, Negative + other.Negative, Mixed + other.Mixed, Neutral + other.Neutral);
}
