namespace SupportSignals.Sentiment.Embedded;

/// <summary>Positive and negative evidence of a span of text, in valence units (a strong word is about 3).</summary>
internal readonly record struct Evidence(float Positive, float Negative)
{
    private const float MixedFloor = 1f;
    /// <summary>Mixed only when the sides nearly balance: "friendly but a little slow" leans positive, and a
    /// lexicon reading of one stray word of the other side should not cancel a clear judgement.</summary>
    private const float MixedBalance = 0.85f;
    private const float NeutralBand = 0.05f;
    private const float NeutralMass = 1.5f;

    public Evidence Add(float valence) =>
        valence >= 0 ? this with { Positive = Positive + valence } : this with { Negative = Negative - valence };

    /// <summary>Takes back a valence added before (its side loses it; adding its opposite would count it on the other
    /// side as well).</summary>
    public Evidence Remove(float valence) =>
        valence >= 0 ? this with { Positive = Positive - valence } : this with { Negative = Negative + valence };

    public Evidence Plus(Evidence other) => new(Positive + other.Positive, Negative + other.Negative);

    /// <summary>How much was said either way; zero when nothing was.</summary>
    public float Mass => Positive + Negative;

    /// <summary>VADER's normalisation of the net valence into -1..1.</summary>
    public float Compound
    {
        get
        {
            var net = Positive - Negative;
            return net / MathF.Sqrt((net * net) + 15f);
        }
    }

    public Polarity Polarity
    {
        get
        {
            var weaker = MathF.Min(Positive, Negative);
            if (weaker >= MixedFloor && weaker >= MixedBalance * MathF.Max(Positive, Negative))
            {
                return Polarity.Mixed;
            }
            var compound = Compound;
            return compound >= NeutralBand ? Polarity.Positive : compound <= -NeutralBand ? Polarity.Negative : Polarity.Neutral;
        }
    }

    private static readonly SentimentScores NoEvidence = new(0, 1, 0);

    /// <summary>Confidences summing to 1: little evidence leaves most of the mass on neutral.</summary>
    public SentimentScores Scores
    {
        get
        {
            var total = Mass;
            var neutral = NeutralMass / (NeutralMass + total);
            var rest = 1f - neutral;
            return total == 0
                ? NoEvidence
                : new SentimentScores(Math.Round(rest * Positive / total, 4), Math.Round(neutral, 4), Math.Round(rest * Negative / total, 4));
        }
    }
}
