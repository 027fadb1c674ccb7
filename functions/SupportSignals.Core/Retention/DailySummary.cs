using System.Text.Json.Serialization;

namespace SupportSignals.Retention;

/// <summary>First response, first resolution and full resolution times (DOMAIN.md), calendar seconds.</summary>
public sealed record TicketTimes(Distribution FirstResponse, Distribution FirstResolution, Distribution FullResolution);

/// <summary>The figures of one segment (plan or region) in a period.</summary>
public sealed record SegmentSummary
{
    public required string Segment { get; init; }
    public required RetentionFigures Retention { get; init; }
    public required NpsFigures Nps { get; init; }
    public required CsatFigures Csat { get; init; }
    public required TicketTimes Times { get; init; }
}

/// <summary>Every figure of one period (see <see cref="SummaryPeriod"/>); dates are UTC days, both inclusive.</summary>
public sealed record PeriodSummary
{
    public required string Name { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required RetentionFigures Retention { get; init; }
    public required ChurnSaves Saves { get; init; }
    public required SqlFunnel Sqls { get; init; }
    public required NpsFigures Nps { get; init; }
    public required CsatFigures Csat { get; init; }
    public required TicketTimes Times { get; init; }
    public required ServiceSentiment Service { get; init; }
    public IReadOnlyList<SegmentSummary> Segments { get; init; } = [];

    [JsonIgnore] public SummaryPeriod Period => new(Name, From, To);
}

/// <summary>The nightly retention summary of one UTC day. Table "Summaries" (see <see cref="SummaryArchive"/>).</summary>
public sealed record DailySummary
{
    public required DateOnly Date { get; init; }
    /// <summary>When it was computed; not part of the figures (two computations of a day compare equal without it).</summary>
    public required DateTimeOffset ComputedAt { get; init; }
    public required IReadOnlyList<PeriodSummary> Periods { get; init; }

    public PeriodSummary? Period(string name) => Periods.FirstOrDefault(p => p.Name == name);
}
