using Moq;
using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.HubSpot;

namespace SupportSignals.Tests.Webhooks.HubSpot;

public sealed class HubSpotCompletionTests
{
    private static readonly CanonicalEvent WonDeal = new()
    {
        Id = "3",
        Source = HubSpotSource.SourceName,
        Type = EventType.DealWon,
        OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(1790000200000),
        Deal = new DealInfo { Id = "99" },
        LookUpInSource = true,
    };

    private static readonly CanonicalEvent NewTicket = WonDeal with
    {
        Id = "1",
        Type = EventType.TicketCreated,
        Deal = null,
        Ticket = new TicketInfo { Id = "11", Status = TicketStatus.Open },
    };

    private readonly Mock<IHubSpotCrm> _crm = new(MockBehavior.Strict);

    private static SourceOptions Options(params (string Key, string Value)[] settings)
    {
        var options = new SourceOptions { Secret = "client-secret" };
        options.Settings[HubSpotCompletion.AccessTokenSetting] = "pat-na1-token";
        foreach (var (key, value) in settings) options.Settings[key] = value;
        return options;
    }

    private static SourceOptions WithoutToken()
    {
        var options = Options();
        options.Settings.Remove(HubSpotCompletion.AccessTokenSetting);
        return options;
    }

    private void Answer(string type, string id, HubSpotRecord? record) =>
        _crm.Setup(c => c.FindAsync(type, id, It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync(record);

    private static HubSpotRecord Record(string[] companies, params (string Name, string? Value)[] properties) => Record(companies, [], properties);

    private static HubSpotRecord Record(string[] companies, string[] contacts, params (string Name, string? Value)[] properties) =>
        new(properties.ToDictionary(p => p.Name, p => p.Value), new Dictionary<string, IReadOnlyList<string>> { ["companies"] = companies, ["contacts"] = contacts });

    private static bool Has(IReadOnlyCollection<string> asked, params string[] names) => names.All(asked.Contains);

    private Task<CanonicalEvent> CompleteAsync(SourceOptions? options, CanonicalEvent? e = null) =>
        new HubSpotCompletion(_crm.Object, options).CompleteAsync(e ?? WonDeal);

    [Fact]
    public async Task A_won_deal_takes_its_company_as_account_and_its_amounts_in_its_currency()
    {
        Answer("deals", "99", Record(["101", "102"], ("amount", "1500.00"), ("hs_mrr", "125.5"), ("deal_currency_code", "eur")));

        var completed = await CompleteAsync(Options());

        Assert.Equal(("101", false), (completed.AccountId, completed.LookUpInSource));
        Assert.Equal(new Money(150_000, "EUR"), completed.Deal!.Amount);
        Assert.Equal(new Money(12_550, "EUR"), completed.Deal.Mrr);
        Assert.Equal((WonDeal.Id, WonDeal.Type, WonDeal.OccurredAt), (completed.Id, completed.Type, completed.OccurredAt));
        _crm.Verify(c => c.FindAsync("deals", "99", It.Is<IReadOnlyCollection<string>>(p => Has(p, "amount", "hs_mrr", "deal_currency_code")),
            It.Is<IReadOnlyCollection<string>>(a => a.SequenceEqual(new[] { "companies" })), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task A_deal_property_can_name_the_account_so_deals_meet_another_systems_ids()
    {
        Answer("deals", "99", Record([], ("billing_id", "cus_42"), ("arr_monthly", "90"), ("deal_currency_code", null)));

        var completed = await CompleteAsync(Options(("AccountProperty", "billing_id"), ("MrrProperty", "arr_monthly"), ("Currency", "JPY")));

        Assert.Equal("cus_42", completed.AccountId);
        Assert.Equal(new Money(90, "JPY"), completed.Deal!.Mrr);
        Assert.Null(completed.Deal.Amount);
        _crm.Verify(c => c.FindAsync("deals", "99", It.Is<IReadOnlyCollection<string>>(p => Has(p, "billing_id", "arr_monthly")),
            It.Is<IReadOnlyCollection<string>>(a => a.Count == 0), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task A_company_property_names_the_account_after_a_second_look_up()
    {
        Answer("deals", "99", Record(["101"], ("hs_mrr", "10"), ("deal_currency_code", "USD")));
        Answer("companies", "101", Record([], ("stripe_customer", "cus_7")));

        var completed = await CompleteAsync(Options(("AccountProperty", "company.stripe_customer")));

        Assert.Equal("cus_7", completed.AccountId);
        _crm.Verify(c => c.FindAsync("companies", "101", It.Is<IReadOnlyCollection<string>>(p => p.SequenceEqual(new[] { "stripe_customer" })),
            It.Is<IReadOnlyCollection<string>>(a => a.Count == 0), It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("generic", true)]
    [InlineData("hubspot", false)]
    public async Task Events_that_need_no_look_up_pass_untouched(string source, bool lookUp)
    {
        var e = WonDeal with { Source = source, AccountId = lookUp ? null : "acc-1", LookUpInSource = lookUp };

        Assert.Same(e, await CompleteAsync(Options(), e));
    }

    [Fact]
    public async Task Without_an_access_token_a_deal_fails_naming_the_setting_and_HubSpot_is_not_called()
    {
        var failure = await Assert.ThrowsAsync<EventIncompleteException>(() => CompleteAsync(WithoutToken()));

        Assert.Contains("Webhooks__hubspot__Settings__AccessToken", failure.Message);
        Assert.Contains("deal 99", failure.Message);
    }

    public static TheoryData<HubSpotRecord?, string[], string> Unplaceable => new()
    {
        { null, [], "HubSpot has no deal 99" },
        { Record([], ("hs_mrr", "10"), ("deal_currency_code", "USD")), [], "associated with no company" },
        { Record(["101"], ("hs_mrr", "10")), [], "Webhooks__hubspot__Settings__Currency" },
        { Record(["101"], ("hs_mrr", "ten"), ("deal_currency_code", "USD")), [], "hs_mrr 'ten', which is not a number" },
        { Record([], ("hs_mrr", "10")), ["AccountProperty", "billing_id"], "deal 99 has no billing_id" },
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
    public async Task A_company_without_the_account_property_fails_the_deal_naming_company_and_property()
    {
        Answer("deals", "99", Record(["101"], ("hs_mrr", "10"), ("deal_currency_code", "USD")));
        Answer("companies", "101", Record([], ("stripe_customer", " ")));

        var failure = await Assert.ThrowsAsync<EventIncompleteException>(() => CompleteAsync(Options(("AccountProperty", "company.stripe_customer"))));

        Assert.Contains("company 101 of deal 99 has no stripe_customer", failure.Message);
    }

    [Fact]
    public async Task A_ticket_takes_account_contact_owner_subject_and_its_SQL_property_from_the_CRM()
    {
        Answer("tickets", "11", Record(["101"], ["9001", "9002"], ("subject", "Need 40 more seats"), ("hubspot_owner_id", "77"),
            ("hs_ticket_priority", "HIGH"), ("createdate", "2026-10-01T09:30:00.000Z"), ("sql", "true"), ("plan", null)));

        var completed = await CompleteAsync(Options(("TicketProperties", "sql, plan")), NewTicket);

        Assert.Equal(("101", "9001", "77", false), (completed.AccountId, completed.ContactId, completed.AgentId, completed.LookUpInSource));
        var ticket = completed.Ticket!;
        Assert.Equal(("11", TicketStatus.Open, "Need 40 more seats", "HIGH"), (ticket.Id, ticket.Status, ticket.Subject, ticket.Priority));
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 9, 30, 0, TimeSpan.Zero), ticket.CreatedAt);
        Assert.Equal(new Dictionary<string, string> { ["sql"] = "true" }, ticket.CustomFields);
        _crm.Verify(c => c.FindAsync("tickets", "11", It.Is<IReadOnlyCollection<string>>(p => Has(p, "subject", "hubspot_owner_id", "sql", "plan")),
            It.Is<IReadOnlyCollection<string>>(a => Has(a, "companies", "contacts")), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task A_ticket_without_a_company_or_the_account_property_goes_on_without_an_account()
    {
        Answer("tickets", "11", Record([], ("subject", "Where is my invoice?")));
        var byCompany = await CompleteAsync(Options(), NewTicket);
        var byProperty = await CompleteAsync(Options(("AccountProperty", "billing_id")), NewTicket);

        Assert.Equal((null, "Where is my invoice?", false), (byCompany.AccountId, byCompany.Ticket!.Subject, byCompany.LookUpInSource));
        Assert.Equal((null, false), (byProperty.AccountId, byProperty.LookUpInSource));
    }

    [Fact]
    public async Task Without_a_token_or_a_ticket_in_the_CRM_a_ticket_goes_on_as_the_webhook_told_it()
    {
        var unread = await CompleteAsync(WithoutToken(), NewTicket);
        Answer("tickets", "11", null);
        var deleted = await CompleteAsync(Options(), NewTicket);

        Assert.Equal(NewTicket with { LookUpInSource = false }, unread);
        Assert.Equal(NewTicket with { LookUpInSource = false }, deleted);
        _crm.Verify(c => c.FindAsync("tickets", "11", It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
