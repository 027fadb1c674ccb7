namespace SupportSignals.Retention;

/// <summary>CSAT = satisfied ratings ÷ all ratings, as %; "satisfied" is normalised per source on the way in.</summary>
public sealed record CsatFigures(int Satisfied, int Ratings)
{
    public static readonly CsatFigures None = new(0, 0);

    public double? Percent => Ratio.Of(Satisfied, Ratings) * 100;

    public static CsatFigures Of(bool satisfied) => new(satisfied ? 1 : 0, 1);

    public CsatFigures Plus(CsatFigures other) => new(Satisfied + other.Satisfied, Ratings + other.Ratings);
}
