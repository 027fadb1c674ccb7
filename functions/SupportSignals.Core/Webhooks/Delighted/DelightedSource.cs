using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Delighted;

/// <summary>
/// Delighted: <c>X-Delighted-Webhook-Signature</c> = hex HMAC-SHA256(webhook secret, body). survey_response.created
/// carries the score, survey_response.updated the comment added later: both map to nps.responded with the same
/// response id (so they merge into one response), and dedupe on response id + updated_at, so the score and the
/// comment are two events while a redelivery of either is a duplicate. unsubscribe.created → contact.unsubscribed.
/// The account comes from the person property named by <c>Settings__AccountProperty</c> (default "account_id").
/// </summary>
public sealed class DelightedSource : IWebhookSource
{
    public const string SignatureHeader = "X-Delighted-Webhook-Signature";

    public string Name => "delighted";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options)
    {
        var signature = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(signature)) return VerificationResult.MissingHeader(SignatureHeader);
        return Signatures.AnySecret(options, secret => Signatures.HexEquals(Signatures.HmacSha256(secret, request.Body), signature))
            ? VerificationResult.Valid
            : VerificationResult.Mismatch;
    }

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        var root = document.RootElement;
        var type = JsonRead.Text(root, "event_type");
        if (JsonRead.At(root, "event_data") is not { } data || type is null) return Normalisation.MalformedBody("a Delighted event needs event_type and event_data");
        var accountProperty = options.Setting("AccountProperty") ?? "account_id";
        var person = JsonRead.At(data, "person") ?? data;
        var contactId = JsonRead.Text(person, "id") ?? JsonRead.Text(data, "person_id");

        if (type == "unsubscribe.created")
        {
            var at = JsonRead.Time(data, "unsubscribed_at") ?? JsonRead.Time(data, "created_at");
            if (contactId is null || at is null) return Normalisation.Of([], [new RejectedEvent("the unsubscribe names no person or time", root.GetRawText())]);
            return Normalisation.Of([new CanonicalEvent { Id = $"unsubscribe:{contactId}:{at.Value.ToUnixTimeSeconds()}", Type = EventType.ContactUnsubscribed, OccurredAt = at.Value, ContactId = contactId }]);
        }
        if (!type.StartsWith("survey_response.", StringComparison.Ordinal)) return Normalisation.Nothing;

        var responseId = JsonRead.Text(data, "id");
        var score = JsonRead.Long(data, "score");
        var updated = JsonRead.Time(data, "updated_at") ?? JsonRead.Time(data, "created_at");
        if (responseId is null || score is null || updated is null)
            return Normalisation.Of([], [new RejectedEvent("the survey response needs id, score and a time", root.GetRawText())]);
        var e = new CanonicalEvent
        {
            Id = $"{responseId}:{updated.Value.ToUnixTimeSeconds()}",
            Type = EventType.NpsResponded,
            OccurredAt = updated.Value,
            AccountId = JsonRead.Text(data, $"person_properties.{accountProperty}"),
            ContactId = contactId,
            Contact = new ContactInfo { Email = JsonRead.Text(person, "email"), Name = JsonRead.Text(person, "name") },
            Nps = new NpsInfo { ResponseId = responseId, Score = (int)score.Value, Comment = JsonRead.Text(data, "comment") },
        };
        return Normalisation.Validated([e], root.GetRawText());
    }
}
