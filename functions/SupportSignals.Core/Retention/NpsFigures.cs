namespace SupportSignals.Retention;

/// <summary>NPS = % promoters (9–10) − % detractors (0–6) over the responses, −100..100; null without responses.</summary>
public sealed record NpsFigures(int Promoters, int Passives, int Detractors)
{
    public static readonly NpsFigures None = new(0, 0, 0);

    public int Responses => Promoters + Passives + Detractors;

    public double? Score => Responses == 0 ? null : 100.0 * (Promoters - Detractors) / Responses;

    public static NpsFigures OfScore(int score) => score >= 9 ? new(1, 0, 0) : score >= 7 ? new(0, 1, 0) : new(0, 0, 1);

    public NpsFigures Plus(NpsFigures other) => new(Promoters + other.Promoters, Passives + other.Passives, Detractors + other.Detractors);
}
