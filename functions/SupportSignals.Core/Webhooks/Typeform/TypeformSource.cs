using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Typeform;

/// <summary>
/// Typeform: <c>Typeform-Signature: sha256={base64 HMAC-SHA256(secret, body)}</c>. A form_response becomes an NPS
/// response: the score is the answer to the field whose ref is <c>Settings__NpsField</c> (default: the first
/// nps or 0–10 opinion_scale answer), the comment the answer to <c>Settings__CommentField</c> (default: the first
/// long_text). Contact and account come from hidden fields (<c>contact_id</c>/<c>email</c>, <c>account_id</c>).
/// Dedupe key: event_id. Response id: the response token.
/// </summary>
public sealed class TypeformSource : IWebhookSource
{
    public const string SignatureHeader = "Typeform-Signature";

    public string Name => "typeform";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options)
    {
        var signature = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(signature)) return VerificationResult.MissingHeader(SignatureHeader);
        if (!signature.StartsWith("sha256=", StringComparison.Ordinal)) return VerificationResult.Failed($"the {SignatureHeader} header must start with sha256=");
        return Signatures.AnySecret(options, secret => Signatures.Base64Equals(Signatures.HmacSha256(secret, request.Body), signature[7..]))
            ? VerificationResult.Valid
            : VerificationResult.Mismatch;
    }

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        var root = document.RootElement;
        if (JsonRead.Text(root, "event_type") != "form_response") return Normalisation.Nothing;
        var eventId = JsonRead.Text(root, "event_id");
        if (eventId is null || JsonRead.At(root, "form_response") is not { } response) return Normalisation.MalformedBody("a Typeform event needs event_id and form_response");

        var answers = JsonRead.At(response, "answers") is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().ToList() : [];
        var npsRef = options.Setting("NpsField");
        var commentRef = options.Setting("CommentField");
        var score = answers.FirstOrDefault(a => npsRef is null
            ? JsonRead.Text(a, "field.type") is "nps" or "opinion_scale" && JsonRead.At(a, "number") is not null
            : JsonRead.Text(a, "field.ref") == npsRef);
        var comment = answers.FirstOrDefault(a => commentRef is null ? JsonRead.Text(a, "field.type") == "long_text" : JsonRead.Text(a, "field.ref") == commentRef);
        var token = JsonRead.Text(response, "token");
        var submitted = JsonRead.Time(response, "submitted_at");
        if (score.ValueKind == JsonValueKind.Undefined || JsonRead.Long(score, "number") is not { } number || token is null || submitted is null)
            return Normalisation.Of([], [new RejectedEvent("the response has no NPS answer, token or submitted_at", response.GetRawText())]);

        var e = new CanonicalEvent
        {
            Id = eventId,
            Type = EventType.NpsResponded,
            OccurredAt = submitted.Value,
            AccountId = JsonRead.Text(response, "hidden.account_id"),
            ContactId = JsonRead.Text(response, "hidden.contact_id") ?? JsonRead.Text(response, "hidden.email"),
            Contact = JsonRead.Text(response, "hidden.email") is { } email ? new ContactInfo { Email = email } : null,
            Nps = new NpsInfo { ResponseId = token, Score = (int)number, Comment = comment.ValueKind == JsonValueKind.Undefined ? null : JsonRead.Text(comment, "text") },
        };
        return Normalisation.Validated([e], response.GetRawText());
    }
}
