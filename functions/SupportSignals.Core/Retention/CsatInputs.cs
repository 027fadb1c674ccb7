using System.Text.Json.Serialization;
using SupportSignals.Feedback;

namespace SupportSignals.Retention;

/// <summary>A CSAT rating counts on the day of its newest rating (a changed rating replaces the old one).</summary>
public sealed record CsatInputs : IFactInputs<CsatInputs>
{
    public required string Source { get; init; }
    public required string RatingId { get; init; }
    public string? AccountId { get; init; }
    public required bool Satisfied { get; init; }
    public required DateTimeOffset RatedAt { get; init; }

    [JsonIgnore] public string Group => FactKind.Csat;
    [JsonIgnore] public string Key => $"{Source}:{RatingId}";

    public static CsatInputs From(CsatRating rating) => new()
    {
        Source = rating.Source,
        RatingId = rating.Id,
        AccountId = rating.AccountId,
        Satisfied = rating.Satisfied,
        RatedAt = rating.RatedAt,
    };

    public CsatInputs Join(CsatInputs candidate) =>
        (candidate.RatedAt >= RatedAt ? candidate : this) with { AccountId = AccountId ?? candidate.AccountId };

    public IReadOnlyList<DailyFact> Facts() =>
        [new DailyFact { Kind = FactKind.Csat, Key = Key, At = RatedAt, AccountId = AccountId, Source = Source, EntityId = RatingId, Satisfied = Satisfied }];
}
