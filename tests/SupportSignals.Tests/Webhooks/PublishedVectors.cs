using System.Text;
using SupportSignals.Webhooks;

namespace SupportSignals.Tests.Webhooks;

/// <summary>
/// Signature examples other people published: the secret, the request and the expected signature all appear verbatim
/// in a vendor's documentation or official SDK tests (or, for basic auth, in the RFC). Unlike
/// <see cref="VendorSigning"/>, nothing here was computed by us, so a shared misreading of a vendor's scheme by our
/// signer and our verifier cannot pass. Where a vendor publishes no such example the source has no row; see the
/// "Verification evidence" table in docs/sources.md for what was searched.
/// </summary>
public static class PublishedVectors
{
    /// <summary>One published example.</summary>
    /// <param name="SignedAt">When the vendor signed it; the test sets the receiving clock just after this.</param>
    /// <param name="SignsBody">False for basic auth, which carries a credential instead of a MAC over the body.</param>
    public sealed record Vector(string Name, string Source, string Secret, string Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset SignedAt, Uri? Url = null, bool SignsBody = true)
    {
        public override string ToString() => Name;
    }

    /// <remarks>The fixture as committed, LF line endings and the trailing newline included: the signature covers those bytes.</remarks>
    private const string StripeDotnetFixture = """
        {
          "id": "evt_123",
          "object": "event",
          "account": "acct_123",
          "api_version": "2017-05-25",
          "created": 1533204620,
          "data": {
            "object": {
              "id": "cus_123",
              "object": "customer",
              "created": 123456789,
              "email": "test@stripe.com",
              "livemode": false,
              "metadata": {}
            }
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": {
            "id": "req_123",
            "idempotency_key": "idempotency-key-123"
          },
          "type": "customer.created"
        }

        """;

    public static readonly IReadOnlyList<Vector> All =
    [
        // stripe/stripe-dotnet src/StripeTests/Services/Events/EventUtilityTest.cs @ 04a2fb3d77ba9e6ec1b85defe52c9f2fb98785b4
        // (signature, secret, timestamp) over src/StripeTests/Resources/event_test_signature.json @ 946a38088f3546e0e50437c72f2898e398cb40ef.
        // The SDK's secret lacks the whsec_ prefix our start-up check asks for; Stripe keys the HMAC with the whole
        // string either way, so the prefix check is about catching a pasted API key, not about the algorithm.
        new("stripe: stripe-dotnet EventUtilityTest", "stripe", "webhook_secret",
            StripeDotnetFixture.ReplaceLineEndings("\n"),
            new Dictionary<string, string>
            {
                ["Stripe-Signature"] = "t=1533204620,v1=2220f87ef101a04665f11cdf770523143f875572008577fa0f20882ddb9cc3c7,v0=63f3a72374a733066c4be69ed7f8e5ac85c22c9f0a6a612ab9a025a9e4ee7eef",
            },
            DateTimeOffset.FromUnixTimeSeconds(1533204620)),

        // HubSpot/hubspot-api-python tests/spec/utils/test_signature.py @ 83aedb045f44c8923759f98deb96d54d0272ae10,
        // test_get_signature__v3: POST, the URL, the (not-JSON) body and timestamp 15000000 ms.
        new("hubspot: hubspot-api-python test_get_signature__v3", "hubspot", "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy",
            "{'example_field':'example_value'}",
            new Dictionary<string, string>
            {
                ["X-HubSpot-Signature-v3"] = "HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=",
                ["X-HubSpot-Request-Timestamp"] = "15000000",
            },
            DateTimeOffset.FromUnixTimeMilliseconds(15000000),
            Url: new Uri("https://www.example.com/webhook_uri")),

        // Basic auth: Chargebee, Trustpilot and Freshdesk publish no example credentials, so these are the RFC 7617
        // examples (https://www.rfc-editor.org/rfc/rfc7617, section 2 and, for UTF-8, section 2.1) checked verbatim.
        .. BasicAuth("chargebee"),
        .. BasicAuth("trustpilot"),
        .. BasicAuth("freshdesk"),
    ];

    private static IEnumerable<Vector> BasicAuth(string source) =>
    [
        new($"{source}: RFC 7617 section 2", source, "Aladdin:open sesame", "{}",
            new Dictionary<string, string> { ["Authorization"] = "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==" }, VendorSigning.Now, SignsBody: false),
        new($"{source}: RFC 7617 section 2.1 (UTF-8)", source, "test:123£", "{}",
            new Dictionary<string, string> { ["Authorization"] = "Basic dGVzdDoxMjPCow==" }, VendorSigning.Now, SignsBody: false),
    ];

    public static Vector Named(string name) => All.Single(v => v.Name == name);

    /// <summary>The request as the host would build it, with the receiving clock 100 s after signing (inside the window).</summary>
    public static WebhookRequest Request(Vector vector, TimeSpan? receivedAfter = null) => new()
    {
        Source = vector.Source,
        Url = vector.Url ?? VendorSigning.Url(vector.Source),
        Headers = new Dictionary<string, string>(vector.Headers, StringComparer.OrdinalIgnoreCase),
        ContentType = "application/json",
        Body = Encoding.UTF8.GetBytes(vector.Body),
        ReceivedAt = vector.SignedAt + (receivedAfter ?? TimeSpan.FromSeconds(100)),
    };

    /// <summary>Only the published secret: no secondary that could accept the request on its own.</summary>
    public static SourceOptions Options(Vector vector) => new() { Secret = vector.Secret };

    /// <summary>The same request with one byte changed: in the body where it is signed, else in the credential.</summary>
    public static WebhookRequest Tampered(Vector vector)
    {
        var genuine = Request(vector);
        if (vector.SignsBody)
        {
            var body = genuine.Body.ToArray();
            body[body.Length / 2] ^= 0x01;
            return genuine with { Body = body };
        }
        var credential = vector.Headers["Authorization"]["Basic ".Length..];
        var changed = (credential[0] == 'A' ? 'B' : 'A') + credential[1..];
        return genuine with { Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = "Basic " + changed } };
    }
}
