using System.Text;
using SupportSignals.Webhooks;

namespace SupportSignals.Tests.Webhooks;

/// <summary>Every vendor's verification, table-driven: genuine requests pass, forgeries and replays fail, rotation works.</summary>
public sealed class VendorVerificationTests
{
    private const string Body = """{"id":"evt_1","hello":"world"}""";

    public static TheoryData<string> AllSources => [.. VendorSigning.Signers.Keys];

    public static TheoryData<string> TimestampedSources => [.. VendorSigning.Timestamped];

    [Theory]
    [MemberData(nameof(AllSources))]
    public void A_request_signed_as_the_vendor_signs_it_is_accepted(string source) =>
        Assert.True(VendorSigning.Source(source).Verify(VendorSigning.Signed(source, Body), VendorSigning.Options(source)).IsValid);

    [Theory]
    [MemberData(nameof(AllSources))]
    public void The_secondary_secret_is_accepted_during_rotation(string source) =>
        Assert.True(VendorSigning.Source(source).Verify(VendorSigning.Signed(source, Body, secret: VendorSigning.SecretFor(source, secondary: true)), VendorSigning.Options(source)).IsValid);

    [Theory]
    [MemberData(nameof(AllSources))]
    public void A_wrong_secret_is_rejected_without_revealing_the_expected_value(string source)
    {
        var wrong = source is "chargebee" or "trustpilot" ? "hooks:not-the-password" : source == "stripe" ? "whsec_not_the_secret_000000" : "not-the-secret-0123456789";
        var result = VendorSigning.Source(source).Verify(VendorSigning.Signed(source, Body, secret: wrong), VendorSigning.Options(source));
        Assert.False(result.IsValid);
        Assert.DoesNotContain(VendorSigning.SecretFor(source), result.FailedCheck!, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllSources))]
    public void A_forged_body_under_a_genuine_signature_is_rejected(string source)
    {
        if (source is "freshdesk" or "trustpilot" or "chargebee") return; // shared-secret sources sign nothing: covered by the wrong-secret case
        var genuine = VendorSigning.Signed(source, Body);
        var forged = genuine with { Body = Encoding.UTF8.GetBytes(Body.Replace("world", "w0rld", StringComparison.Ordinal)) };
        Assert.False(VendorSigning.Source(source).Verify(forged, VendorSigning.Options(source)).IsValid);
    }

    [Theory]
    [MemberData(nameof(AllSources))]
    public void A_request_without_credentials_is_rejected_naming_what_is_missing(string source)
    {
        var result = VendorSigning.Source(source).Verify(VendorSigning.Request(source, Body, []), VendorSigning.Options(source));
        Assert.False(result.IsValid);
        Assert.Contains("missing", result.FailedCheck!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(TimestampedSources))]
    public void A_replay_outside_the_window_is_rejected_and_inside_it_accepted(string source)
    {
        var signed = VendorSigning.Signed(source, Body);
        var options = VendorSigning.Options(source);
        Assert.False(VendorSigning.Source(source).Verify(signed with { ReceivedAt = VendorSigning.Now.AddSeconds(301) }, options).IsValid);
        Assert.False(VendorSigning.Source(source).Verify(signed with { ReceivedAt = VendorSigning.Now.AddSeconds(-301) }, options).IsValid);
        Assert.True(VendorSigning.Source(source).Verify(signed with { ReceivedAt = VendorSigning.Now.AddSeconds(299) }, options).IsValid);
    }

    [Theory]
    [InlineData("stripe", "sk_live_wrong_kind", "Webhooks__stripe__Secret must be a Stripe endpoint secret (whsec_…)")]
    [InlineData("chargebee", "no-colon-here", "Webhooks__chargebee__Secret must be \"user:password\" for basic auth")]
    [InlineData("zendesk", "", "Webhooks__zendesk__Secret is empty")]
    public void Malformed_secrets_are_named_at_start_up(string source, string secret, string problem) =>
        Assert.Contains(problem, VendorSigning.Source(source).ConfigurationProblems(new SourceOptions { Secret = secret }));

    [Fact]
    public void Stripe_accepts_any_of_several_v1_signatures()
    {
        var genuine = VendorSigning.Signed("stripe", Body);
        var header = genuine.Headers["Stripe-Signature"];
        var t = header.Split(',')[0];
        var several = genuine with { Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Stripe-Signature"] = $"{t},v1=00ff,{header.Split(',')[1]}" } };
        Assert.True(VendorSigning.Source("stripe").Verify(several, VendorSigning.Options("stripe")).IsValid);
    }

    [Fact]
    public void HubSpot_signs_the_public_URL_so_a_proxy_needs_PublicUrl()
    {
        var signed = VendorSigning.Signed("hubspot", Body);
        var behindProxy = signed with { Url = new Uri("http://10.0.0.5:7071/api/webhooks/hubspot") };
        var hubspot = VendorSigning.Source("hubspot");
        Assert.False(hubspot.Verify(behindProxy, VendorSigning.Options("hubspot")).IsValid);
        Assert.True(hubspot.Verify(behindProxy, VendorSigning.Options("hubspot", new() { ["PublicUrl"] = VendorSigning.Url("hubspot").AbsoluteUri })).IsValid);
    }
}
