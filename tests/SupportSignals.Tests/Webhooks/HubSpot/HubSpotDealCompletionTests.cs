using Moq;
using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.HubSpot;

namespace SupportSignals.Tests.Webhooks.HubSpot;

public sealed class HubSpotDealCompletionTests
{
    private static readonly CanonicalEvent WonDeal = new()
    {
        Id = "3",
        Source = HubSpotSource.SourceName,
        Type = EventType.DealWon,
        OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(1790000200000),
        Deal = new DealInfo { Id = "99", LookUpInSource = true },
    };

    private readonly Mock<IHubSpotCrm> _crm = new(MockBehavior.Strict);

    private static SourceOptions Options(params (string Key, string Value)[] settings)
    {
        var options = new SourceOptions { Secret = "client-secret" };
        options.Settings[HubSpotDealCompletion.AccessTokenSetting] = "pat-na1-token";
        foreach (var (key, value) in settings) options.Settings[key] = value;
        return options;
    }

    private void Answer(string type, string id, HubSpotRecord? record) =>
        _crm.Setup(c => c.FindAsync(type, id, It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<bool>(), It.IsAny<CancellationToken>())).ReturnsAsync(record);

    private static HubSpotRecord Deal(IReadOnlyList<string> companies, params (string Name, string? Value)[] properties) =>
        new(properties.ToDictionary(p => p.Name, p => p.Value), companies);

    private Task<CanonicalEvent> CompleteAsync(SourceOptions? options, CanonicalEvent? e = null) =>
        new HubSpotDealCompletion(_crm.Object, options).CompleteAsync(e ?? WonDeal);

    [Fact]
    public async Task A_won_deal_takes_its_company_as_account_and_its_amounts_in_its_currency()
    {
        Answer("deals", "99", Deal(["101", "102"], ("amount", "1500.00"), ("hs_mrr", "125.5"), ("deal_currency_code", "eur")));

        var completed = await CompleteAsync(Options());

        Assert.Equal(("101", false), (completed.AccountId, completed.Deal!.LookUpInSource));
        Assert.Equal(new Money(150_000, "EUR"), completed.Deal.Amount);
        Assert.Equal(new Money(12_550, "EUR"), completed.Deal.Mrr);
        Assert.Equal((WonDeal.Id, WonDeal.Type, WonDeal.OccurredAt), (completed.Id, completed.Type, completed.OccurredAt));
        _crm.Verify(c => c.FindAsync("deals", "99", It.Is<IReadOnlyCollection<string>>(p => p.Contains("amount") && p.Contains("hs_mrr") && p.Contains("deal_currency_code")), true, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task A_deal_property_can_name_the_account_so_deals_meet_another_systems_ids()
    {
        Answer("deals", "99", Deal([], ("billing_id", "cus_42"), ("arr_monthly", "90"), ("deal_currency_code", null)));

        var completed = await CompleteAsync(Options(("AccountProperty", "billing_id"), ("MrrProperty", "arr_monthly"), ("Currency", "JPY")));

        Assert.Equal("cus_42", completed.AccountId);
        Assert.Equal(new Money(90, "JPY"), completed.Deal!.Mrr);
        Assert.Null(completed.Deal.Amount);
        _crm.Verify(c => c.FindAsync("deals", "99", It.Is<IReadOnlyCollection<string>>(p => p.Contains("billing_id") && p.Contains("arr_monthly")), false, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task A_company_property_names_the_account_after_a_second_look_up()
    {
        Answer("deals", "99", Deal(["101"], ("hs_mrr", "10"), ("deal_currency_code", "USD")));
        Answer("companies", "101", Deal([], ("stripe_customer", "cus_7")));

        var completed = await CompleteAsync(Options(("AccountProperty", "company.stripe_customer")));

        Assert.Equal("cus_7", completed.AccountId);
        _crm.Verify(c => c.FindAsync("companies", "101", It.Is<IReadOnlyCollection<string>>(p => p.SequenceEqual(new[] { "stripe_customer" })), false, It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("generic", true)]
    [InlineData("hubspot", false)]
    public async Task Events_that_need_no_look_up_pass_untouched(string source, bool lookUp)
    {
        var e = WonDeal with { Source = source, AccountId = lookUp ? null : "acc-1", Deal = WonDeal.Deal! with { LookUpInSource = lookUp } };

        Assert.Same(e, await CompleteAsync(Options(), e));
    }

    [Fact]
    public async Task Without_an_access_token_the_reason_names_the_setting_and_HubSpot_is_not_called()
    {
        var options = Options();
        options.Settings.Remove(HubSpotDealCompletion.AccessTokenSetting);

        var failure = await Assert.ThrowsAsync<EventIncompleteException>(() => CompleteAsync(options));

        Assert.Contains("Webhooks__hubspot__Settings__AccessToken", failure.Message);
        Assert.Contains("deal 99", failure.Message);
    }

    public static TheoryData<HubSpotRecord?, string[], string> Unplaceable => new()
    {
        { null, [], "HubSpot has no deal 99" },
        { Deal([], ("hs_mrr", "10"), ("deal_currency_code", "USD")), [], "associated with no company" },
        { Deal(["101"], ("hs_mrr", "10")), [], "Webhooks__hubspot__Settings__Currency" },
        { Deal(["101"], ("hs_mrr", "ten"), ("deal_currency_code", "USD")), [], "hs_mrr 'ten', which is not a number" },
        { Deal([], ("hs_mrr", "10")), ["AccountProperty", "billing_id"], "has no billing_id" },
    };

    [Theory]
    [MemberData(nameof(Unplaceable))]
    public async Task A_deal_that_cannot_be_placed_fails_with_a_reason_that_names_the_fix(HubSpotRecord? answer, string[] setting, string reason)
    {
        Answer("deals", "99", answer);
        var options = setting.Length == 0 ? Options() : Options((setting[0], setting[1]));

        var failure = await Assert.ThrowsAsync<EventIncompleteException>(() => CompleteAsync(options));

        Assert.Contains(reason, failure.Message);
    }

    [Fact]
    public async Task A_company_without_the_account_property_fails_naming_company_and_property()
    {
        Answer("deals", "99", Deal(["101"], ("hs_mrr", "10"), ("deal_currency_code", "USD")));
        Answer("companies", "101", Deal([], ("stripe_customer", " ")));

        var failure = await Assert.ThrowsAsync<EventIncompleteException>(() => CompleteAsync(Options(("AccountProperty", "company.stripe_customer"))));

        Assert.Contains("company 101 of deal 99 has no stripe_customer", failure.Message);
    }
}
