using SupportSignals.Events;
using SupportSignals.Storage;

namespace SupportSignals.Leads;

public static class SqlStatus
{
    public const string Open = "open";
    public const string Accepted = "accepted";
    public const string Won = "won";
    public const string Lost = "lost";
    /// <summary>The flag was removed before sales accepted it.</summary>
    public const string Withdrawn = "withdrawn";
}

/// <summary>
/// A Service Qualified Lead (DOMAIN.md): flagged by a support or success person during a ticket. Table "Sqls",
/// PartitionKey = account (deal events find an account's SQLs in one partition), RowKey = <see cref="Id"/>.
/// </summary>
public sealed record ServiceQualifiedLead
{
    /// <summary>"{source}:{ticketId}": one SQL per ticket, however often the tag is added.</summary>
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string TicketId { get; init; }
    public required string AccountId { get; init; }
    public string? ContactId { get; init; }
    public string? AgentId { get; init; }
    public required DateTimeOffset FlaggedAt { get; init; }
    public string? Reason { get; init; }
    public string? ProductInterest { get; init; }
    /// <summary>One of <see cref="SqlStatus"/>.</summary>
    public required string Status { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? DealId { get; init; }
    /// <summary>The MRR credited when won (the delta, not the whole account).</summary>
    public Money? WonMrr { get; init; }
    public required DateTimeOffset AsOf { get; init; }

    public const string TableName = "Sqls";

    public static string PartitionOf(string accountId) => StorageKeys.Escape(accountId);

    public static string IdOf(string source, string ticketId) => $"{source}:{ticketId}";
}
