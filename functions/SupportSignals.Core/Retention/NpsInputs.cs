using System.Text.Json.Serialization;
using SupportSignals.Feedback;

namespace SupportSignals.Retention;

/// <summary>An NPS response counts on the day it was first given, with its newest score.</summary>
public sealed record NpsInputs : IFactInputs<NpsInputs>
{
    public required string Source { get; init; }
    public required string ResponseId { get; init; }
    public string? AccountId { get; init; }
    public required int Score { get; init; }
    public required DateTimeOffset RespondedAt { get; init; }
    public required DateTimeOffset AsOf { get; init; }

    [JsonIgnore] public string Group => FactKind.Nps;
    [JsonIgnore] public string Key => $"{Source}:{ResponseId}";

    public static NpsInputs From(NpsResponse response) => new()
    {
        Source = response.Source,
        ResponseId = response.ResponseId,
        AccountId = response.AccountId,
        Score = response.Score,
        RespondedAt = response.RespondedAt,
        AsOf = response.AsOf,
    };

    public NpsInputs Join(NpsInputs candidate) => (candidate.AsOf >= AsOf ? candidate : this) with
    {
        RespondedAt = candidate.RespondedAt < RespondedAt ? candidate.RespondedAt : RespondedAt,
        AccountId = AccountId ?? candidate.AccountId,
    };

    public IReadOnlyList<DailyFact> Facts() =>
        [new DailyFact { Kind = FactKind.Nps, Key = Key, At = RespondedAt, AccountId = AccountId, Source = Source, EntityId = ResponseId, Score = Score }];
}
