using System.Security.Cryptography;
using System.Text;
using SupportSignals.Events;

namespace SupportSignals.Webhooks.Normalising;

/// <summary>
/// Maps an admin-written ticket payload to canonical events through configurable field names
/// (<c>Webhooks__{source}__Settings__{Field}Field</c>), with defaults matching the sample templates in docs/sources.
/// The <c>event</c> field says what happened: created, updated, solved, replied, rated.
/// </summary>
public sealed class TemplateTicketMapping(string source, IReadOnlyDictionary<string, string> defaults)
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "Event", "TicketId", "Status", "Subject", "Description", "Tags", "RequesterId", "RequesterEmail", "RequesterName",
        "OrganizationId", "AgentId", "UpdatedAt", "CreatedAt", "Priority", "Rating", "RatingComment", "Public",
    ];

    public Normalisation Normalise(IReadOnlyDictionary<string, string> payload, SourceOptions options)
    {
        string? Get(string field) =>
            payload.TryGetValue(options.Setting(field + "Field") ?? defaults[field], out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var raw = string.Join("&", payload.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        var ticketId = Get("TicketId");
        if (ticketId is null) return Normalisation.Of([], [new RejectedEvent($"the {options.Setting("TicketIdField") ?? defaults["TicketId"]} field (ticket id) is missing", raw)]);
        var kind = (Get("Event") ?? "updated").ToLowerInvariant();
        var occurredAt = VendorTime.Parse(Get("UpdatedAt")) ?? VendorTime.Parse(Get("CreatedAt"));
        if (occurredAt is null) return Normalisation.Of([], [new RejectedEvent("the updated/created time is missing or not a time", raw)]);

        var status = NormaliseStatus(Get("Status"));
        var ticket = new TicketInfo
        {
            Id = ticketId,
            Subject = Get("Subject"),
            Text = Get("Description"),
            Status = status,
            Tags = VendorTags.Parse(Get("Tags")),
            Priority = Get("Priority"),
            CreatedAt = VendorTime.Parse(Get("CreatedAt")),
        };
        var e = new CanonicalEvent
        {
            // Template payloads carry no delivery id: the ticket, what happened and when it happened identify it.
            Id = $"{ticketId}:{kind}:{occurredAt.Value.ToUnixTimeMilliseconds()}:{Hash(raw)}",
            Source = source,
            Type = EventType.TicketUpdated,
            OccurredAt = occurredAt.Value,
            AccountId = Get("OrganizationId"),
            ContactId = Get("RequesterId") ?? Get("RequesterEmail"),
            AgentId = Get("AgentId"),
            Contact = Get("RequesterEmail") is null && Get("RequesterName") is null ? null : new ContactInfo { Email = Get("RequesterEmail"), Name = Get("RequesterName") },
        };
        e = kind switch
        {
            "created" => e with { Type = EventType.TicketCreated, Ticket = ticket },
            "solved" or "closed" or "resolved" => e with { Type = EventType.TicketSolved, Ticket = ticket with { Status = TicketStatus.Solved } },
            "replied" => e with { Type = EventType.AgentReplied, Reply = new ReplyInfo { TicketId = ticketId, Public = !string.Equals(Get("Public"), "false", StringComparison.OrdinalIgnoreCase) } },
            "rated" => Rated(e, ticketId, Get("Rating"), Get("RatingComment")),
            _ => e with { Ticket = ticket },
        };
        return Normalisation.Validated([e], raw);
    }

    private static CanonicalEvent Rated(CanonicalEvent e, string ticketId, string? rating, string? comment)
    {
        var value = rating ?? "";
        var scale = int.TryParse(value, out _) ? CsatScale.OneToFive : CsatScale.GoodBad;
        var satisfied = CsatScale.Satisfied(scale, value);
        return satisfied is null
            ? e with { Type = EventType.CsatRated }
            : e with { Type = EventType.CsatRated, Csat = new CsatInfo { TicketId = ticketId, Value = value.ToLowerInvariant(), Scale = scale, Satisfied = satisfied.Value, Comment = comment } };
    }

    /// <summary>Helpdesk status names (Zendesk new/open/pending/hold/solved/closed; Freshdesk Open/Pending/Resolved/Closed or 2–5).</summary>
    public static string? NormaliseStatus(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "new" or "open" or "2" => TicketStatus.Open,
        "pending" or "hold" or "on-hold" or "3" => TicketStatus.Pending,
        "solved" or "resolved" or "4" => TicketStatus.Solved,
        "closed" or "5" => TicketStatus.Closed,
        _ => TicketStatus.Open,
    };

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
