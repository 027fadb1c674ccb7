using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Zendesk;

/// <summary>
/// Zendesk webhooks: <c>X-Zendesk-Webhook-Signature</c> = base64(HMAC-SHA256(signing secret, timestamp + body)) with
/// <c>X-Zendesk-Webhook-Signature-Timestamp</c>. Two payload families: event-subscription webhooks
/// (<c>zen:event-type:ticket.*</c>, dedupe key = the event id) and trigger webhooks, whose admin-written JSON or
/// form body is mapped by <see cref="TemplateTicketMapping"/> (dedupe key = ticket, event, update time, body hash).
/// </summary>
public sealed class ZendeskSource : IWebhookSource
{
    public const string SignatureHeader = "X-Zendesk-Webhook-Signature";
    public const string TimestampHeader = "X-Zendesk-Webhook-Signature-Timestamp";

    private static readonly TemplateTicketMapping Triggers = new("zendesk", new Dictionary<string, string>
    {
        ["Event"] = "event",
        ["TicketId"] = "ticket_id",
        ["Status"] = "status",
        ["Subject"] = "subject",
        ["Description"] = "description",
        ["Tags"] = "tags",
        ["RequesterId"] = "requester_id",
        ["RequesterEmail"] = "requester_email",
        ["RequesterName"] = "requester_name",
        ["OrganizationId"] = "organization_id",
        ["AgentId"] = "assignee_id",
        ["UpdatedAt"] = "updated_at",
        ["CreatedAt"] = "created_at",
        ["Priority"] = "priority",
        ["Rating"] = "satisfaction_rating",
        ["RatingComment"] = "satisfaction_comment",
        ["Public"] = "public",
    });

    public string Name => "zendesk";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json", "application/x-www-form-urlencoded"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options)
    {
        var signature = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(signature)) return VerificationResult.MissingHeader(SignatureHeader);
        var timestamp = request.Header(TimestampHeader);
        if (string.IsNullOrEmpty(timestamp)) return VerificationResult.MissingHeader(TimestampHeader);
        if (VendorTime.Parse(timestamp) is not { } signedAt) return VerificationResult.Failed($"the {TimestampHeader} header is not a time");
        if (!Signatures.WithinTolerance(signedAt.ToUnixTimeSeconds(), request.ReceivedAt, options.ToleranceSeconds))
            return VerificationResult.StaleTimestamp(options.ToleranceSeconds);
        var prefix = Signatures.Utf8(timestamp);
        return Signatures.AnySecret(options, secret => Signatures.Base64Equals(Signatures.HmacSha256(secret, prefix, request.Body), signature))
            ? VerificationResult.Valid
            : VerificationResult.Mismatch;
    }

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        if (request.MediaType == "application/json")
        {
            using var document = JsonPayload.Parse(request.Body, out var error);
            if (document is null) return Normalisation.MalformedBody(error!);
            if (JsonRead.Text(document.RootElement, "type") is { } type && type.StartsWith("zen:event-type:", StringComparison.Ordinal))
                return EventSubscription(document.RootElement, type["zen:event-type:".Length..]);
        }
        var flat = FlatPayload.Read(request, out var flatError);
        return flat is null ? Normalisation.MalformedBody(flatError!) : Triggers.Normalise(flat, options);
    }

    private Normalisation EventSubscription(JsonElement root, string type)
    {
        var id = JsonRead.Text(root, "id");
        var time = JsonRead.Time(root, "time");
        if (id is null || time is null) return Normalisation.MalformedBody("a Zendesk event needs id and time");
        var detail = JsonRead.At(root, "detail") ?? default;
        var ticketId = JsonRead.Text(detail, "id") ?? JsonRead.Text(root, "subject")?.Split(':').Last();
        if (ticketId is null) return Normalisation.Of([], [new RejectedEvent("the event names no ticket", root.GetRawText())]);
        var status = TemplateTicketMapping.NormaliseStatus(JsonRead.Text(detail, "status"));
        var ticket = new TicketInfo
        {
            Id = ticketId,
            Subject = JsonRead.Text(detail, "subject"),
            Text = JsonRead.Text(detail, "description"),
            Status = status,
            Tags = JsonRead.At(detail, "tags") is { } tags ? VendorTags.Read(tags) : [],
            Priority = JsonRead.Text(detail, "priority"),
            CreatedAt = JsonRead.Time(detail, "created_at"),
        };
        var e = new CanonicalEvent
        {
            Id = id,
            Type = EventType.TicketUpdated,
            OccurredAt = time.Value,
            AccountId = JsonRead.Text(detail, "organization_id"),
            ContactId = JsonRead.Text(detail, "requester_id"),
            AgentId = JsonRead.Text(detail, "assignee_id"),
        };
        e = type switch
        {
            "ticket.created" => e with { Type = EventType.TicketCreated, Ticket = ticket },
            "ticket.comment_added" => JsonRead.At(root, "event.comment") is { } comment
                && JsonRead.Text(comment, "author.is_staff") == "true"
                ? e with
                {
                    Type = EventType.AgentReplied,
                    AgentId = JsonRead.Text(comment, "author.id") ?? e.AgentId,
                    Reply = new ReplyInfo { TicketId = ticketId, Public = JsonRead.Text(comment, "is_public") != "false" },
                }
                : e with { Ticket = ticket },
            _ when status is TicketStatus.Solved or TicketStatus.Closed => e with { Type = EventType.TicketSolved, Ticket = ticket },
            _ => e with { Ticket = ticket },
        };
        return Normalisation.Validated([e], root.GetRawText());
    }
}
