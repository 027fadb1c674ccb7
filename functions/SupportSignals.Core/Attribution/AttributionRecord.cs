using SupportSignals.Events;
using SupportSignals.Storage;

namespace SupportSignals.Attribution;

public static class AttributionRule
{
    public const string SqlWon = "sql_won";
    public const string ChurnSave = "churn_save";
    /// <summary>Influence, reported apart from direct credit.</summary>
    public const string ExpansionAfterSupport = "expansion_after_support";
}

/// <summary>
/// Revenue credited to a support interaction by a named rule (DOMAIN.md). Table "Attribution", PartitionKey =
/// account (the ledger of an account is rebuilt from its event history in one partition), RowKey = <see cref="Id"/>.
/// </summary>
public sealed record AttributionRecord
{
    /// <summary>Deterministic: rule + interaction + triggering event, so a rebuild yields the same ids.</summary>
    public required string Id { get; init; }
    /// <summary>One of <see cref="AttributionRule"/>.</summary>
    public required string Rule { get; init; }
    public required string AccountId { get; init; }
    public string? AgentId { get; init; }
    /// <summary>The interaction credited: source and ticket/conversation id.</summary>
    public required string InteractionSource { get; init; }
    public required string InteractionId { get; init; }
    public string? SqlId { get; init; }
    public required Money Mrr { get; init; }
    public required Money Arr { get; init; }
    public required DateTimeOffset WindowStart { get; init; }
    public required DateTimeOffset WindowEnd { get; init; }
    /// <summary>When the credit is recognised: the period it is reported in.</summary>
    public required DateTimeOffset CreditedAt { get; init; }
    /// <summary>The canonical events (source:id) that triggered the credit.</summary>
    public IReadOnlyList<string> TriggerEvents { get; init; } = [];

    public const string TableName = "Attribution";

    public static string PartitionOf(string accountId) => StorageKeys.Escape(accountId);
}
