using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.HelpScout;

/// <summary>
/// Help Scout: <c>X-HelpScout-Signature</c> = base64(HMAC-SHA1(secret key, body)); <c>X-HelpScout-Event</c> names the
/// event (convo.created, convo.agent.reply.created, convo.status, convo.tags, convo.custom-fields,
/// satisfaction.ratings). Ratings are Great / Okay / Not Good. Dedupe key = event + conversation (or rating) id +
/// the resource's update time. Account: the customer's organization, else <c>Settings__AccountField</c> custom field.
/// </summary>
public sealed class HelpScoutSource : IWebhookSource
{
    public const string SignatureHeader = "X-HelpScout-Signature";
    public const string EventHeader = "X-HelpScout-Event";

    public string Name => "helpscout";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options, minimumLength: 8);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options)
    {
        var signature = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(signature)) return VerificationResult.MissingHeader(SignatureHeader);
        return Signatures.AnySecret(options, secret => Signatures.Base64Equals(Signatures.HmacSha1(secret, request.Body), signature))
            ? VerificationResult.Valid
            : VerificationResult.Mismatch;
    }

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        var type = request.Header(EventHeader);
        if (string.IsNullOrEmpty(type)) return Normalisation.MalformedBody($"the {EventHeader} header is missing");
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        var root = document.RootElement;
        return type == "satisfaction.ratings" ? Rating(root) : Conversation(root, type, options);
    }

    private static Normalisation Rating(JsonElement root)
    {
        var rating = JsonRead.Text(root, "rating");
        var ticketId = JsonRead.Text(root, "conversationId") ?? JsonRead.Text(root, "threadId");
        var at = JsonRead.Time(root, "modifiedAt") ?? JsonRead.Time(root, "createdAt");
        if (rating is null || at is null || CsatScale.Satisfied(CsatScale.GreatOkayNotGood, rating) is not { } satisfied)
            return Normalisation.Of([], [new RejectedEvent("the rating needs a Great/Okay/Not Good value and a time", root.GetRawText())]);
        return Normalisation.Validated([new CanonicalEvent
        {
            Id = $"rating:{JsonRead.Text(root, "id") ?? ticketId}:{at.Value.ToUnixTimeSeconds()}",
            Type = EventType.CsatRated,
            OccurredAt = at.Value,
            ContactId = JsonRead.Text(root, "customer.id"),
            AgentId = JsonRead.Text(root, "user.id"),
            Csat = new CsatInfo { TicketId = ticketId, Value = rating.ToLowerInvariant().Replace(' ', '_'), Scale = CsatScale.GreatOkayNotGood, Satisfied = satisfied, Comment = JsonRead.Text(root, "comments") },
        }], root.GetRawText());
    }

    private static Normalisation Conversation(JsonElement root, string type, SourceOptions options)
    {
        var id = JsonRead.Text(root, "id");
        var at = JsonRead.Time(root, "userUpdatedAt") ?? JsonRead.Time(root, "updatedAt") ?? JsonRead.Time(root, "createdAt");
        if (id is null || at is null) return Normalisation.Of([], [new RejectedEvent("the conversation needs id and a time", root.GetRawText())]);
        var fields = JsonRead.At(root, "customFields") is { ValueKind: JsonValueKind.Array } custom
            ? custom.EnumerateArray().Where(f => JsonRead.Text(f, "name") is not null).GroupBy(f => JsonRead.Text(f, "name")!).ToDictionary(g => g.Key, g => JsonRead.Text(g.First(), "value") ?? "")
            : [];
        var ticket = new TicketInfo
        {
            Id = id,
            Subject = JsonRead.Text(root, "subject"),
            Text = JsonRead.Text(root, "preview"),
            Status = JsonRead.Text(root, "status") switch { "closed" => TicketStatus.Solved, "pending" => TicketStatus.Pending, _ => TicketStatus.Open },
            Tags = JsonRead.At(root, "tags") is { } tags ? VendorTags.Read(tags, "tag") : [],
            CustomFields = fields,
            CreatedAt = JsonRead.Time(root, "createdAt"),
        };
        var e = new CanonicalEvent
        {
            Id = $"{type}:{id}:{at.Value.ToUnixTimeMilliseconds()}",
            Type = EventType.TicketUpdated,
            OccurredAt = at.Value,
            AccountId = JsonRead.Text(root, "customer.organizationId") ?? (options.Setting("AccountField") is { } field && fields.TryGetValue(field, out var account) ? account : null),
            ContactId = JsonRead.Text(root, "primaryCustomer.id") ?? JsonRead.Text(root, "customer.id"),
            AgentId = JsonRead.Text(root, "assignee.id") ?? JsonRead.Text(root, "owner.id"),
            Ticket = ticket,
        };
        e = type switch
        {
            "convo.created" => e with { Type = EventType.TicketCreated },
            "convo.agent.reply.created" => e with { Type = EventType.AgentReplied, Ticket = null, Reply = new ReplyInfo { TicketId = id } },
            _ when ticket.Status == TicketStatus.Solved => e with { Type = EventType.TicketSolved },
            _ => e,
        };
        return Normalisation.Validated([e], root.GetRawText());
    }
}
