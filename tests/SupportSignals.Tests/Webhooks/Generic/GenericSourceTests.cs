using System.Security.Cryptography;
using System.Text;
using SupportSignals.Events;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.Generic;

namespace SupportSignals.Tests.Webhooks.Generic;

public sealed class GenericSourceTests
{
    private const string Secret = "primary-secret-0123456789";
    private const string Rotated = "secondary-secret-0123456789";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
    private readonly GenericSource _source = new();
    private readonly SourceOptions _options = new() { Secret = Secret, SecondarySecret = Rotated };

    // Computed independently of Signatures: HMACSHA256 over "{timestamp}." + body, lower-case hex.
    private static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private static WebhookRequest Request(string body, string? signature, long? timestamp) => new()
    {
        Source = "generic",
        Url = new Uri("http://localhost/api/webhooks/generic"),
        Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [GenericSource.SignatureHeader] = signature ?? "",
            [GenericSource.TimestampHeader] = timestamp?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        },
        ContentType = "application/json",
        Body = Encoding.UTF8.GetBytes(body),
        ReceivedAt = Now,
    };

    [Fact]
    public void Sign_matches_an_independent_HMAC_computation()
    {
        var ts = Now.ToUnixTimeSeconds();
        Assert.Equal(Sign(Secret, ts, "{}"), GenericSource.Sign(Secret, ts, Encoding.UTF8.GetBytes("{}")));
    }

    public static TheoryData<string, string, long?, string, bool> Cases()
    {
        var ts = Now.ToUnixTimeSeconds();
        return new()
        {
            { "primary secret", Sign(Secret, ts, "{}"), ts, "{}", true },
            { "secondary secret during rotation", Sign(Rotated, ts, "{}"), ts, "{}", true },
            { "upper-case hex", "sha256=" + Sign(Secret, ts, "{}")[7..].ToUpperInvariant(), ts, "{}", true },
            { "forged body", Sign(Secret, ts, "{}"), ts, "{ }", false },
            { "wrong secret", Sign("another-secret-0123456789", ts, "{}"), ts, "{}", false },
            { "timestamp 301 s old", Sign(Secret, ts - 301, "{}"), ts - 301, "{}", false },
            { "timestamp 301 s ahead", Sign(Secret, ts + 301, "{}"), ts + 301, "{}", false },
            { "timestamp 300 s old", Sign(Secret, ts - 300, "{}"), ts - 300, "{}", true },
            { "signed timestamp differs from header", Sign(Secret, ts - 1, "{}"), ts, "{}", false },
            { "missing prefix", Sign(Secret, ts, "{}")[7..], ts, "{}", false },
            { "truncated signature", Sign(Secret, ts, "{}")[..20], ts, "{}", false },
            { "empty signature", "", ts, "{}", false },
            { "missing timestamp", Sign(Secret, ts, "{}"), null, "{}", false },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verification(string scenario, string signature, long? timestamp, string body, bool valid)
    {
        var result = _source.Verify(Request(body, signature, timestamp), _options);
        Assert.True(valid == result.IsValid, scenario);
        if (!valid) Assert.False(string.IsNullOrWhiteSpace(result.FailedCheck));
    }

    [Fact]
    public void A_failure_never_reveals_the_expected_signature()
    {
        var ts = Now.ToUnixTimeSeconds();
        var expected = Sign(Secret, ts, "{}");
        var result = _source.Verify(Request("{}", Sign("wrong-secret-0123456789", ts, "{}"), ts), _options);
        Assert.DoesNotContain(expected[7..], result.FailedCheck!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{"id":"a","type":"csat.rated","occurredAt":"2026-01-01T00:00:00Z","csat":{"value":"good","scale":"good_bad","satisfied":true}}""", 1)]
    [InlineData("""[{"id":"a","type":"contact.unsubscribed","occurredAt":"2026-01-01T00:00:00Z","contactId":"c"},{"id":"b","type":"contact.unsubscribed","occurredAt":"2026-01-01T00:00:00Z","contactId":"d"}]""", 2)]
    [InlineData("""{"events":[{"id":"a","type":"account.updated","occurredAt":"2026-01-01T00:00:00Z","accountId":"x"}]}""", 1)]
    public void One_event_an_array_or_an_events_envelope_all_normalise(string body, int count)
    {
        var result = _source.Normalise(Request(body, null, null), _options);
        Assert.Equal(count, result.Events.Count);
        Assert.All(result.Events, e => Assert.Equal("generic", e.Source));
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void An_invalid_item_is_rejected_with_its_reason_and_the_rest_survive()
    {
        var body = """[{"id":"a","type":"review.published","occurredAt":"2026-01-01T00:00:00Z","review":{"id":"r","stars":9}},{"id":"b","type":"no.such.type","occurredAt":"2026-01-01T00:00:00Z"},{"id":"c","type":"contact.unsubscribed","occurredAt":"2026-01-01T00:00:00Z","contactId":"k"}]""";
        var result = _source.Normalise(Request(body, null, null), _options);
        Assert.Equal(["c"], result.Events.Select(e => e.Id));
        Assert.Equal(2, result.Rejected.Count);
        Assert.Equal("review.stars must be 1..5", result.Rejected[0].Reason);
        Assert.StartsWith("not a canonical event", result.Rejected[1].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("\"just a string\"")]
    public void A_body_that_is_not_JSON_objects_is_malformed_or_rejected(string body)
    {
        var result = _source.Normalise(Request(body, null, null), _options);
        Assert.True(result.Malformed is not null || result.Rejected.Count == 1);
        Assert.Empty(result.Events);
    }

    [Theory]
    [InlineData(null, "Webhooks__generic__Secret is empty")]
    [InlineData("short", "Webhooks__generic__Secret must be at least 16 characters")]
    public void Configuration_problems_name_the_setting(string? secret, string expected) =>
        Assert.Equal([expected], _source.ConfigurationProblems(new SourceOptions { Secret = secret }));

    [Fact]
    public void Canonical_JSON_round_trips()
    {
        var e = new CanonicalEvent
        {
            Id = "x",
            Source = "generic",
            Type = EventType.SubscriptionChanged,
            OccurredAt = Now,
            AccountId = "a",
            Subscription = new SubscriptionInfo { Id = "s", Status = SubscriptionStatus.Active, MrrAfter = new Money(100, "USD") },
        };
        var json = EventJson.Serialize(e);
        Assert.Contains("\"type\":\"subscription.changed\"", json, StringComparison.Ordinal);
        Assert.Equal(e.Subscription, EventJson.Deserialize(json).Subscription);
    }
}
