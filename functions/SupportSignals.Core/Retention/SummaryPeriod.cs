namespace SupportSignals.Retention;

/// <summary>
/// A reporting window of whole UTC days, <see cref="From"/> to <see cref="To"/> inclusive: the previous day, the
/// month to date, and the trailing 30 and 90 days, each ending with the summary's day.
/// </summary>
public sealed record SummaryPeriod(string Name, DateOnly From, DateOnly To)
{
    public const string Day = "day";
    public const string MonthToDate = "mtd";
    public const string Trailing30 = "d30";
    public const string Trailing90 = "d90";

    public static readonly IReadOnlyList<string> Names = [Day, MonthToDate, Trailing30, Trailing90];

    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateTimeOffset Start => DayKeys.Start(From);

    /// <summary>Exclusive end: midnight after <see cref="To"/>.</summary>
    public DateTimeOffset End => DayKeys.Start(To.AddDays(1));

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    public static IReadOnlyList<SummaryPeriod> For(DateOnly day) =>
        [.. Names.Select(name => Of(name, day) ?? throw new ArgumentOutOfRangeException(nameof(day)))];

    /// <returns>The period of that name ending on <paramref name="day"/>, or null for an unknown name.</returns>
    public static SummaryPeriod? Of(string name, DateOnly day) => name switch
    {
        Day => new(Day, day, day),
        MonthToDate => new(MonthToDate, new DateOnly(day.Year, day.Month, 1), day),
        Trailing30 => new(Trailing30, day.AddDays(-29), day),
        Trailing90 => new(Trailing90, day.AddDays(-89), day),
        _ => null,
    };

    /// <summary>
    /// What month-over-month change compares with: the day before, the whole previous calendar month, or the
    /// trailing window of the same length just before this one.
    /// </summary>
    public SummaryPeriod Previous() => Name switch
    {
        MonthToDate => new(Name, From.AddMonths(-1), From.AddDays(-1)),
        _ => new(Name, From.AddDays(-Days), From.AddDays(-1)),
    };
}
