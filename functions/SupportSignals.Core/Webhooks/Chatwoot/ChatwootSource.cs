using System.Globalization;
using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Chatwoot;

/// <summary>
/// Chatwoot: <c>X-Chatwoot-Signature: sha256={hex HMAC-SHA256(webhook secret, "{timestamp}.{body}")}</c> with
/// <c>X-Chatwoot-Timestamp</c> (unix seconds). conversation_created → ticket created, conversation_status_changed
/// (resolved → solved), conversation_updated (labels → tags), message_created from an agent (outgoing, not private)
/// → agent reply. Dedupe key: event + resource id + its update time.
/// </summary>
public sealed class ChatwootSource : IWebhookSource
{
    public const string SignatureHeader = "X-Chatwoot-Signature";
    public const string TimestampHeader = "X-Chatwoot-Timestamp";

    public string Name => "chatwoot";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options, minimumLength: 8);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options)
    {
        var signature = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(signature)) return VerificationResult.MissingHeader(SignatureHeader);
        var timestamp = request.Header(TimestampHeader);
        if (string.IsNullOrEmpty(timestamp)) return VerificationResult.MissingHeader(TimestampHeader);
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return VerificationResult.Failed($"the {TimestampHeader} header is not unix seconds");
        if (!Signatures.WithinTolerance(seconds, request.ReceivedAt, options.ToleranceSeconds)) return VerificationResult.StaleTimestamp(options.ToleranceSeconds);
        if (!signature.StartsWith("sha256=", StringComparison.Ordinal)) return VerificationResult.Failed($"the {SignatureHeader} header must start with sha256=");
        var prefix = Signatures.Utf8(timestamp + ".");
        return Signatures.AnySecret(options, secret => Signatures.HexEquals(Signatures.HmacSha256(secret, prefix, request.Body), signature[7..]))
            ? VerificationResult.Valid
            : VerificationResult.Mismatch;
    }

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        var root = document.RootElement;
        var type = JsonRead.Text(root, "event");
        if (type is null) return Normalisation.MalformedBody("a Chatwoot event needs an event name");
        var isMessage = type == "message_created";
        var conversation = isMessage ? JsonRead.At(root, "conversation") : root;
        var conversationId = conversation is { } c ? JsonRead.Text(c, "id") : null;
        var resourceId = JsonRead.Text(root, "id");
        var at = JsonRead.Time(root, "updated_at") ?? JsonRead.Time(root, "created_at") ?? (conversation is { } cv ? JsonRead.Time(cv, "timestamp") : null);
        if (conversation is not { } convo || conversationId is null || resourceId is null || at is null)
            return Normalisation.Of([], [new RejectedEvent("the event needs a conversation, an id and a time", root.GetRawText())]);

        var e = new CanonicalEvent
        {
            Id = $"{type}:{resourceId}:{at.Value.ToUnixTimeMilliseconds()}",
            Type = EventType.TicketUpdated,
            OccurredAt = at.Value,
            ContactId = JsonRead.Text(convo, "meta.sender.id") ?? JsonRead.Text(convo, "contact_inbox.contact_id"),
            AgentId = JsonRead.Text(convo, "meta.assignee.id"),
        };
        if (isMessage)
        {
            var outgoing = JsonRead.Text(root, "message_type") is "outgoing" or "1";
            return outgoing && JsonRead.Text(root, "private") != "true"
                ? Normalisation.Validated([e with { Type = EventType.AgentReplied, AgentId = JsonRead.Text(root, "sender.id") ?? e.AgentId, Reply = new ReplyInfo { TicketId = conversationId } }], root.GetRawText())
                : Normalisation.Nothing;
        }
        var status = JsonRead.Text(convo, "status") switch { "resolved" => TicketStatus.Solved, "pending" or "snoozed" => TicketStatus.Pending, _ => TicketStatus.Open };
        var ticket = new TicketInfo
        {
            Id = conversationId,
            Status = status,
            Tags = JsonRead.At(convo, "labels") is { } labels ? VendorTags.Read(labels) : [],
            CustomFields = JsonRead.At(convo, "custom_attributes") is { ValueKind: JsonValueKind.Object } attributes
                ? attributes.EnumerateObject().Where(p => JsonRead.AsText(p.Value) is not null).ToDictionary(p => p.Name, p => JsonRead.AsText(p.Value)!)
                : new Dictionary<string, string>(),
            CreatedAt = JsonRead.Time(convo, "created_at"),
        };
        e = e with
        {
            AccountId = JsonRead.Text(convo, "custom_attributes.account_id") ?? JsonRead.Text(convo, "meta.sender.additional_attributes.company_name"),
            Ticket = ticket,
            Type = type switch
            {
                "conversation_created" => EventType.TicketCreated,
                _ when status == TicketStatus.Solved => EventType.TicketSolved,
                _ => EventType.TicketUpdated,
            },
        };
        return type.StartsWith("conversation_", StringComparison.Ordinal) ? Normalisation.Validated([e], root.GetRawText()) : Normalisation.Nothing;
    }
}
