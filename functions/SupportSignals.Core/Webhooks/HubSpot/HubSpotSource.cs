using System.Globalization;
using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.HubSpot;

/// <summary>
/// HubSpot webhooks v3: <c>X-HubSpot-Signature-v3</c> = base64(HMAC-SHA256(app client secret,
/// method + URI + body + timestamp)) with <c>X-HubSpot-Request-Timestamp</c> in milliseconds, rejected after 5 minutes.
/// The URI is the one HubSpot called: <c>Settings__PublicUrl</c> when a proxy rewrites it, else the request URL.
/// Batches of up to 100 events fan out; dedupe key = eventId. Tickets map from creation, pipeline-stage changes
/// (stage ids listed in <c>Settings__ClosedStages</c>, default "4" = Closed in the default pipeline) and changes of the
/// properties in <c>Settings__TicketProperties</c> (default "sql"); deals from creation and dealstage changes to
/// closedwon/closedlost. HubSpot's payload names only the object, so tickets and deals are marked for look-up and
/// <see cref="HubSpotCompletion"/> asks the CRM for the rest when the event is processed.
/// </summary>
public sealed class HubSpotSource : IWebhookSource
{
    public const string SignatureHeader = "X-HubSpot-Signature-v3";
    public const string TimestampHeader = "X-HubSpot-Request-Timestamp";

    public const string SourceName = "hubspot";

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
        if (!Signatures.WithinTolerance(milliseconds / 1000, request.ReceivedAt, options.ToleranceSeconds))
            return VerificationResult.StaleTimestamp(options.ToleranceSeconds);
        var uri = Uri.UnescapeDataString(options.Setting("PublicUrl") ?? request.Url.AbsoluteUri);
        var prefix = Signatures.Utf8(request.Method.ToUpperInvariant() + uri);
        var suffix = Signatures.Utf8(timestamp);
        return Signatures.AnySecret(options, secret => Signatures.Base64Equals(Signatures.HmacSha256(secret, prefix, request.Body, suffix), signature))
            ? VerificationResult.Valid
            : VerificationResult.Mismatch;
    }

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        if (document.RootElement.ValueKind != JsonValueKind.Array) return Normalisation.MalformedBody("HubSpot sends a JSON array of events");
        var closedStages = (options.Setting("ClosedStages") ?? "4").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ticketProperties = HubSpotCompletion.TicketProperties(options);
        var events = new List<CanonicalEvent>();
        var rejected = new List<RejectedEvent>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var mapped = Map(item, closedStages, ticketProperties);
            if (mapped is null) continue;
            if (EventValidation.Problem(mapped) is { } problem) rejected.Add(new RejectedEvent(problem, item.GetRawText()));
            else events.Add(mapped);
        }
        return Normalisation.Of(events, rejected);
    }

    private static CanonicalEvent? Map(JsonElement item, string[] closedStages, IReadOnlyCollection<string> ticketProperties)
    {
        var id = JsonRead.Text(item, "eventId");
        var at = JsonRead.Time(item, "occurredAt");
        var objectId = JsonRead.Text(item, "objectId");
        var subscription = JsonRead.Text(item, "subscriptionType");
        if (id is null || at is null || objectId is null || subscription is null)
            return new CanonicalEvent { Id = id ?? "", Type = EventType.TicketUpdated, OccurredAt = at ?? default };
        var property = JsonRead.Text(item, "propertyName");
        var value = JsonRead.Text(item, "propertyValue");
        var e = new CanonicalEvent { Id = id, Type = EventType.TicketUpdated, OccurredAt = at.Value };
        // Tickets and deals name only the object: the CRM completes them when they are processed.
        var fromCrm = e with { LookUpInSource = true };
        return subscription switch
        {
            "ticket.creation" => fromCrm with { Type = EventType.TicketCreated, Ticket = new TicketInfo { Id = objectId, Status = TicketStatus.Open } },
            "ticket.propertyChange" when property == "hs_pipeline_stage" => fromCrm with
            {
                Type = closedStages.Contains(value) ? EventType.TicketSolved : EventType.TicketUpdated,
                Ticket = new TicketInfo { Id = objectId, Status = closedStages.Contains(value) ? TicketStatus.Solved : TicketStatus.Open },
            },
            "ticket.propertyChange" when property is not null && ticketProperties.Contains(property) => fromCrm with { Ticket = new TicketInfo { Id = objectId } },
            "deal.creation" => fromCrm with { Type = EventType.DealCreated, Deal = new DealInfo { Id = objectId } },
            "deal.propertyChange" when property == "dealstage" && value is "closedwon" or "closedlost" => fromCrm with
            {
                Type = value == "closedwon" ? EventType.DealWon : EventType.DealLost,
                Deal = new DealInfo { Id = objectId },
            },
            "contact.propertyChange" when property == "hs_email_optout" && value == "true" => e with { Type = EventType.ContactUnsubscribed, ContactId = objectId },
            _ => null,
        };
    }
}
