using System.Text.Json;
using SupportSignals.Events;

namespace SupportSignals.Webhooks.Generic;

/// <summary>
/// The project's own format: canonical events as JSON (one, an array, or <c>{"events": [...]}</c>), signed with
/// <c>X-SupportSignals-Signature: sha256=hex(HMAC-SHA256(secret, "{timestamp}." + body))</c> and
/// <c>X-SupportSignals-Timestamp</c> in unix seconds. See docs/sources.md.
/// </summary>
public sealed class GenericSource : IWebhookSource
{
    public const string SignatureHeader = "X-SupportSignals-Signature";
    public const string TimestampHeader = "X-SupportSignals-Timestamp";
    private const string SignaturePrefix = "sha256=";

    public string Name => "generic";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options)
    {
        var timestamp = request.Header(TimestampHeader);
        if (string.IsNullOrEmpty(timestamp)) return VerificationResult.MissingHeader(TimestampHeader);
        var signature = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(signature)) return VerificationResult.MissingHeader(SignatureHeader);
        if (!long.TryParse(timestamp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var unixSeconds))
            return VerificationResult.Failed($"the {TimestampHeader} header is not unix seconds");
        if (!Signatures.WithinTolerance(unixSeconds, request.ReceivedAt, options.ToleranceSeconds))
            return VerificationResult.StaleTimestamp(options.ToleranceSeconds);
        if (!signature.StartsWith(SignaturePrefix, StringComparison.Ordinal))
            return VerificationResult.Failed($"the {SignatureHeader} header must start with {SignaturePrefix}");

        var provided = signature[SignaturePrefix.Length..];
        var signedPrefix = Signatures.Utf8(timestamp + ".");
        return Signatures.AnySecret(options, secret => Signatures.HexEquals(Signatures.HmacSha256(secret, signedPrefix, request.Body), provided))
            ? VerificationResult.Valid
            : VerificationResult.Mismatch;
    }

    /// <summary>Signs a body the way <see cref="Verify"/> expects: for clients, the demo and tests.</summary>
    public static string Sign(string secret, long unixSeconds, ReadOnlyMemory<byte> body) =>
        SignaturePrefix + Convert.ToHexStringLower(Signatures.HmacSha256(secret, Signatures.Utf8($"{unixSeconds}."), body));

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);

        var events = new List<CanonicalEvent>();
        var rejected = new List<RejectedEvent>();
        foreach (var item in JsonPayload.Items(document.RootElement))
        {
            try
            {
                if (item.Deserialize<CanonicalEvent>(EventJson.Options) is not { } parsed)
                {
                    rejected.Add(new RejectedEvent("not a canonical event: null", item.GetRawText()));
                    continue;
                }
                var canonical = parsed with { Source = Name };
                if (EventValidation.Problem(canonical) is { } problem) rejected.Add(new RejectedEvent(problem, item.GetRawText()));
                else events.Add(canonical);
            }
            catch (JsonException ex)
            {
                rejected.Add(new RejectedEvent($"not a canonical event: {ex.Message}", item.GetRawText()));
            }
        }
        return Normalisation.Of(events, rejected);
    }
}
