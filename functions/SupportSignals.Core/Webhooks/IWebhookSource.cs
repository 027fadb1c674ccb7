namespace SupportSignals.Webhooks;

/// <summary>
/// A vendor that posts webhooks: how it proves authenticity, which content it sends, and how its payloads
/// map onto canonical events. Implementations are stateless and pure.
/// </summary>
public interface IWebhookSource
{
    /// <summary>The route segment: <c>POST /api/webhooks/{Name}</c> and the <c>Webhooks__{Name}__*</c> settings.</summary>
    string Name { get; }

    /// <summary>Accepted media types, lower-case, without parameters.</summary>
    IReadOnlyCollection<string> MediaTypes { get; }

    /// <summary>Problems with the configuration (empty secret, malformed key), each naming the setting; empty when fine.</summary>
    IEnumerable<string> ConfigurationProblems(SourceOptions options);

    /// <summary>Checks the raw bytes and headers exactly as the vendor documents, in constant time.</summary>
    VerificationResult Verify(WebhookRequest request, SourceOptions options);

    /// <summary>Maps a verified delivery to canonical events (one per item of a batch).</summary>
    Normalisation Normalise(WebhookRequest request, SourceOptions options);
}
