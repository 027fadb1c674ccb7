using SupportSignals.Events;
using SupportSignals.Sentiment;

namespace SupportSignals.Advocates;

/// <summary>Who to ask: personal data, returned only by the advocate endpoints.</summary>
public sealed record ContactRef(string Id, string? Name, string? Email);

public sealed record AccountRef(string Id, string? Name, string? Segment, string? Plan, string? Region, Money? Mrr);

/// <summary>The feedback that makes the contact an advocate.</summary>
public sealed record Evidence
{
    /// <summary><see cref="SignalKind.Nps"/> or <see cref="SignalKind.Review"/>.</summary>
    public required string Kind { get; init; }
    public required string Source { get; init; }
    public required string Id { get; init; }
    public int? NpsScore { get; init; }
    public int? Stars { get; init; }
    public required DateTimeOffset GivenAt { get; init; }
    public Excerpt? Excerpt { get; init; }
    public bool PraisesService { get; init; }
    /// <summary>What the praise is about, when it praises the service.</summary>
    public ServiceCategory? Category { get; init; }
}

/// <summary>One entry of the ranked list: who, the evidence, why they were picked and the score that ranks them.</summary>
public sealed record Advocate
{
    /// <summary>1-based position in the whole ranked list (not the page).</summary>
    public required int Rank { get; init; }
    public required ContactRef Contact { get; init; }
    public AccountRef? Account { get; init; }
    public required Evidence Evidence { get; init; }
    public required string Reason { get; init; }
    public required AdvocateScore Score { get; init; }
}
