using System.Security.Cryptography;
using System.Text;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Webhooks;

namespace SupportSignals.Tests.Webhooks;

/// <summary>
/// Each vendor's documented signing scheme, written independently of the production code (System.Security.Cryptography
/// directly), so a test signs a request the way the vendor would and the source must accept it.
/// </summary>
public static class VendorSigning
{
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_790_000_000);

    public delegate Dictionary<string, string> Signer(string secret, byte[] body, DateTimeOffset signedAt, Uri url);

    private static string Hex(byte[] mac) => Convert.ToHexStringLower(mac);
    private static string B64(byte[] mac) => Convert.ToBase64String(mac);
    private static byte[] Sha256(string secret, string text) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text));
    private static byte[] Sha256(string secret, byte[] body) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
    private static byte[] Sha1(string secret, byte[] body) => HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), body);
    private static string Text(byte[] body) => Encoding.UTF8.GetString(body);

    public static readonly IReadOnlyDictionary<string, Signer> Signers = new Dictionary<string, Signer>
    {
        // https://docs.stripe.com/webhooks#verify-manually: HMAC-SHA256 of "{t}.{payload}", hex, in v1.
        ["stripe"] = (s, b, t, _) => new() { ["Stripe-Signature"] = $"t={t.ToUnixTimeSeconds()},v1={Hex(Sha256(s, $"{t.ToUnixTimeSeconds()}.{Text(b)}"))},v0=deadbeef" },
        // Zendesk: base64(HMACSHA256(timestamp + body)).
        ["zendesk"] = (s, b, t, _) => new()
        {
            ["X-Zendesk-Webhook-Signature"] = B64(Sha256(s, t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ") + Text(b))),
            ["X-Zendesk-Webhook-Signature-Timestamp"] = t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        },
        ["intercom"] = (s, b, _, _) => new() { ["X-Hub-Signature"] = "sha1=" + Hex(Sha1(s, b)) },
        // HubSpot v3: base64(HMACSHA256(method + uri + body + timestamp)), timestamp in ms.
        ["hubspot"] = (s, b, t, u) => new()
        {
            ["X-HubSpot-Signature-v3"] = B64(Sha256(s, "POST" + u.AbsoluteUri + Text(b) + t.ToUnixTimeMilliseconds())),
            ["X-HubSpot-Request-Timestamp"] = $"{t.ToUnixTimeMilliseconds()}",
        },
        ["helpscout"] = (s, b, _, _) => new() { ["X-HelpScout-Signature"] = B64(Sha1(s, b)), ["X-HelpScout-Event"] = "convo.created" },
        ["front"] = (s, b, t, _) => new()
        {
            ["X-Front-Signature"] = B64(Sha256(s, $"{t.ToUnixTimeMilliseconds()}:{Text(b)}")),
            ["X-Front-Request-Timestamp"] = $"{t.ToUnixTimeMilliseconds()}",
        },
        ["chatwoot"] = (s, b, t, _) => new()
        {
            ["X-Chatwoot-Signature"] = "sha256=" + Hex(Sha256(s, $"{t.ToUnixTimeSeconds()}.{Text(b)}")),
            ["X-Chatwoot-Timestamp"] = $"{t.ToUnixTimeSeconds()}",
        },
        ["delighted"] = (s, b, _, _) => new() { ["X-Delighted-Webhook-Signature"] = Hex(Sha256(s, b)) },
        ["typeform"] = (s, b, _, _) => new() { ["Typeform-Signature"] = "sha256=" + B64(Sha256(s, b)) },
        ["freshdesk"] = (s, _, _, _) => new() { ["X-SupportSignals-Secret"] = s },
        ["trustpilot"] = (s, _, _, _) => new() { ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(s)) },
        ["chargebee"] = (s, _, _, _) => new() { ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(s)) },
        ["generic"] = (s, b, t, _) => new()
        {
            ["X-SupportSignals-Signature"] = "sha256=" + Hex(Sha256(s, $"{t.ToUnixTimeSeconds()}.{Text(b)}")),
            ["X-SupportSignals-Timestamp"] = $"{t.ToUnixTimeSeconds()}",
        },
    };

    /// <summary>Vendors that sign a timestamp, so a replay outside the window must fail.</summary>
    public static readonly string[] Timestamped = ["stripe", "zendesk", "hubspot", "front", "chatwoot", "generic"];

    public static string SecretFor(string source, bool secondary = false) => source switch
    {
        "stripe" => secondary ? "whsec_second_0123456789abcdef" : "whsec_first_0123456789abcdef",
        "chargebee" or "trustpilot" => secondary ? "hooks:second-password-123" : "hooks:first-password-123",
        _ => secondary ? "second-secret-0123456789" : "first-secret-0123456789",
    };

    public static SourceOptions Options(string source, Dictionary<string, string>? settings = null) => new()
    {
        Secret = SecretFor(source),
        SecondarySecret = SecretFor(source, secondary: true),
        Settings = new Dictionary<string, string>(settings ?? [], StringComparer.OrdinalIgnoreCase),
    };

    public static WebhookRequest Request(string source, string body, Dictionary<string, string> headers, string contentType = "application/json", DateTimeOffset? receivedAt = null) => new()
    {
        Source = source,
        Url = Url(source),
        Headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase),
        ContentType = contentType,
        Body = Encoding.UTF8.GetBytes(body),
        ReceivedAt = receivedAt ?? Now,
    };

    public static WebhookRequest Signed(string source, string body, string contentType = "application/json", string? secret = null, Dictionary<string, string>? extraHeaders = null)
    {
        var headers = Signers[source](secret ?? SecretFor(source), Encoding.UTF8.GetBytes(body), Now, Url(source));
        foreach (var (name, value) in extraHeaders ?? []) headers[name] = value;
        return Request(source, body, headers, contentType);
    }

    /// <summary>Posts a body to the running host's webhook route of a source, signed now as the vendor signs.</summary>
    public static async Task<HttpResponseMessage> PostSignedAsync(RunningHost host, string source, string body)
    {
        var url = new Uri(host.Client.BaseAddress!, $"/api/webhooks/{source}");
        var headers = Signers[source](SecretFor(source), Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow, url);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await host.Client.SendAsync(request);
    }

    public static Uri Url(string source) => new($"https://hooks.example.com/api/webhooks/{source}");

    public static IWebhookSource Source(string name) => KnownSources.All.Single(s => s.Name == name);
}
