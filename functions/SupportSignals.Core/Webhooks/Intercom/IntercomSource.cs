using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Intercom;

/// <summary>
/// Intercom: <c>X-Hub-Signature: sha1={hex HMAC-SHA1(client secret, body)}</c>; no signed timestamp. Topics:
/// conversation.user.created (ticket created), conversation.admin.replied (agent reply), conversation.admin.closed
/// (solved), conversation_part.tag.created (tags), conversation.rating.added (CSAT 1–5); <c>ping</c> is answered 200.
/// Dedupe key: the notification id. Account: the conversation's company id, else the contact's.
/// </summary>
public sealed class IntercomSource : IWebhookSource
{
    public const string SignatureHeader = "X-Hub-Signature";

    public string Name => "intercom";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options)
    {
        var signature = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(signature)) return VerificationResult.MissingHeader(SignatureHeader);
        if (!signature.StartsWith("sha1=", StringComparison.Ordinal)) return VerificationResult.Failed($"the {SignatureHeader} header must start with sha1=");
        return Signatures.AnySecret(options, secret => Signatures.HexEquals(Signatures.HmacSha1(secret, request.Body), signature[5..]))
            ? VerificationResult.Valid
            : VerificationResult.Mismatch;
    }

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        var root = document.RootElement;
        var topic = JsonRead.Text(root, "topic");
        if (topic == "ping") return Normalisation.Reply(new HandshakeReply(200, "application/json", "{\"pong\":true}"));
        var id = JsonRead.Text(root, "id");
        var created = JsonRead.Time(root, "created_at");
        if (topic is null || id is null || created is null) return Normalisation.MalformedBody("an Intercom notification needs topic, id and created_at");
        if (JsonRead.At(root, "data.item") is not { } conversation) return Normalisation.Nothing;

        var conversationId = JsonRead.Text(conversation, "id");
        if (conversationId is null) return Normalisation.Of([], [new RejectedEvent("the conversation has no id", conversation.GetRawText())]);
        var contact = JsonRead.At(conversation, "contacts.contacts") is { ValueKind: JsonValueKind.Array } contacts && contacts.GetArrayLength() > 0 ? contacts[0] : (JsonElement?)null;
        var contactId = contact is { } c ? JsonRead.Text(c, "external_id") ?? JsonRead.Text(c, "id") : null;
        var ticket = new TicketInfo
        {
            Id = conversationId,
            Subject = JsonRead.Text(conversation, "title"),
            Text = JsonRead.Text(conversation, "source.body"),
            Status = JsonRead.Text(conversation, "state") switch { "closed" => TicketStatus.Solved, "snoozed" => TicketStatus.Pending, _ => TicketStatus.Open },
            Tags = JsonRead.At(conversation, "tags.tags") is { } tags ? VendorTags.Read(tags) : [],
            CreatedAt = JsonRead.Time(conversation, "created_at"),
        };
        var e = new CanonicalEvent
        {
            Id = id,
            Type = EventType.TicketUpdated,
            OccurredAt = created.Value,
            AccountId = JsonRead.Text(conversation, "company.id") ?? JsonRead.Text(conversation, "custom_attributes.account_id"),
            ContactId = contactId,
            AgentId = JsonRead.Text(conversation, "admin_assignee_id"),
        };
        e = topic switch
        {
            "conversation.user.created" => e with { Type = EventType.TicketCreated, Ticket = ticket },
            "conversation.admin.replied" => e with { Type = EventType.AgentReplied, Reply = new ReplyInfo { TicketId = conversationId } },
            "conversation.admin.closed" => e with { Type = EventType.TicketSolved, Ticket = ticket with { Status = TicketStatus.Solved } },
            "conversation.rating.added" => Rated(e, conversation, conversationId),
            _ when topic.StartsWith("conversation", StringComparison.Ordinal) => e with { Ticket = ticket },
            _ => e,
        };
        if (e.Ticket is null && e.Reply is null && e.Csat is null) return Normalisation.Nothing;
        return Normalisation.Validated([e], root.GetRawText());
    }

    private static CanonicalEvent Rated(CanonicalEvent e, JsonElement conversation, string conversationId)
    {
        var rating = JsonRead.Text(conversation, "conversation_rating.rating");
        return rating is null || CsatScale.Satisfied(CsatScale.OneToFive, rating) is not { } satisfied
            ? e
            : e with
            {
                Type = EventType.CsatRated,
                Csat = new CsatInfo { TicketId = conversationId, Value = rating, Scale = CsatScale.OneToFive, Satisfied = satisfied, Comment = JsonRead.Text(conversation, "conversation_rating.remark") },
            };
    }
}
