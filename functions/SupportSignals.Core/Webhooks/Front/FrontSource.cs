using System.Globalization;
using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Front;

/// <summary>
/// Front application webhooks: <c>X-Front-Signature</c> = base64(HMAC-SHA256(app secret, timestamp + ":" + body)) with
/// <c>X-Front-Request-Timestamp</c> (unix milliseconds). Front validates an endpoint by sending
/// <c>x-front-challenge</c>: the reply echoes the challenge. Events: inbound (ticket created/updated), outbound
/// (agent reply), tag/untag (tags), archive (solved), reopen. Dedupe key: the event id. A conversation names its
/// customer only by a handle, so its events are marked for look-up and <see cref="FrontCompletion"/> reads the account
/// from the Front contact when the event is processed.
/// </summary>
public sealed class FrontSource : IWebhookSource
{
    public const string SignatureHeader = "X-Front-Signature";
    public const string TimestampHeader = "X-Front-Request-Timestamp";
    public const string ChallengeHeader = "X-Front-Challenge";

    public const string SourceName = "front";

    public string Name => SourceName;

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options, minimumLength: 8);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options)
    {
        var signature = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(signature)) return VerificationResult.MissingHeader(SignatureHeader);
        var timestamp = request.Header(TimestampHeader);
        if (string.IsNullOrEmpty(timestamp)) return VerificationResult.MissingHeader(TimestampHeader);
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
            return VerificationResult.Failed($"the {TimestampHeader} header is not unix milliseconds");
        if (!Signatures.WithinTolerance(VendorTime.FromUnix(milliseconds).ToUnixTimeSeconds(), request.ReceivedAt, options.ToleranceSeconds))
            return VerificationResult.StaleTimestamp(options.ToleranceSeconds);
        var prefix = Signatures.Utf8(timestamp + ":");
        return Signatures.AnySecret(options, secret => Signatures.Base64Equals(Signatures.HmacSha256(secret, prefix, request.Body), signature))
            ? VerificationResult.Valid
            : VerificationResult.Mismatch;
    }

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        if (request.Header(ChallengeHeader) is { Length: > 0 } challenge)
            return Normalisation.Reply(new HandshakeReply(200, "application/json", JsonSerializer.Serialize(new { challenge })));
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        var root = document.RootElement;
        var payload = JsonRead.At(root, "payload") ?? root;
        var id = JsonRead.Text(payload, "id");
        var type = JsonRead.Text(payload, "type");
        var at = JsonRead.Time(payload, "emitted_at");
        if (id is null || type is null || at is null) return Normalisation.MalformedBody("a Front event needs id, type and emitted_at");
        if (JsonRead.At(payload, "conversation") is not { } conversation || JsonRead.Text(conversation, "id") is not { } conversationId) return Normalisation.Nothing;

        var ticket = new TicketInfo
        {
            Id = conversationId,
            Subject = JsonRead.Text(conversation, "subject"),
            Status = JsonRead.Text(conversation, "status") switch { "archived" or "deleted" => TicketStatus.Solved, _ => TicketStatus.Open },
            Tags = JsonRead.At(conversation, "tags") is { } tags ? VendorTags.Read(tags) : [],
            CreatedAt = JsonRead.Time(conversation, "created_at"),
        };
        var e = new CanonicalEvent
        {
            Id = id,
            Type = EventType.TicketUpdated,
            LookUpInSource = true,
            OccurredAt = at.Value,
            ContactId = JsonRead.Text(conversation, "recipient.handle"),
            AgentId = JsonRead.Text(conversation, "assignee.id") ?? JsonRead.Text(payload, "source.data.id"),
            Ticket = ticket,
        };
        e = type switch
        {
            "outbound" or "out_reply" => e with { Type = EventType.AgentReplied, Ticket = null, Reply = new ReplyInfo { TicketId = conversationId } },
            "archive" => e with { Type = EventType.TicketSolved, Ticket = ticket with { Status = TicketStatus.Solved } },
            "inbound" when ticket.CreatedAt is { } created && Math.Abs((created - at.Value).TotalSeconds) < 5 => e with { Type = EventType.TicketCreated },
            "inbound" or "tag" or "untag" or "reopen" or "assign" or "unassign" => e,
            _ => e with { Ticket = null },
        };
        return e.Ticket is null && e.Reply is null ? Normalisation.Nothing : Normalisation.Validated([e], payload.GetRawText());
    }
}
