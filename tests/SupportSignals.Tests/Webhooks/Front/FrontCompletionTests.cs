using Moq;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.Front;

namespace SupportSignals.Tests.Webhooks.Front;

public sealed class FrontCompletionTests
{
    private static readonly CanonicalEvent Inbound = new()
    {
        Id = "evt_1",
        Source = FrontSource.SourceName,
        Type = EventType.TicketUpdated,
        OccurredAt = DateTimeOffset.FromUnixTimeSeconds(1790000000),
        ContactId = "jane@acme.example",
        Ticket = new TicketInfo { Id = "cnv_1", Status = TicketStatus.Open, Tags = ["sql"] },
        LookUpInSource = true,
    };

    private readonly Mock<IFrontContacts> _front = new(MockBehavior.Strict);
    private readonly InMemoryRecordStore<ContactState> _contacts = new();

    private static SourceOptions Options(bool token = true, string? accountField = "Billing id")
    {
        var options = new SourceOptions { Secret = "front-app-secret" };
        if (token) options.Settings[FrontCompletion.AccessTokenSetting] = "front-api-token";
        if (accountField is not null) options.Settings[FrontCompletion.AccountFieldSetting] = accountField;
        return options;
    }

    private void Answer(string alias, params (string Name, string Value)[] fields) =>
        _front.Setup(f => f.FindAsync(alias, It.IsAny<CancellationToken>())).ReturnsAsync(new FrontContact(fields.ToDictionary(f => f.Name, f => f.Value)));

    private Task<CanonicalEvent> CompleteAsync(CanonicalEvent e, SourceOptions? options = null) =>
        new FrontCompletion(_front.Object, _contacts, options ?? Options()).CompleteAsync(e);

    [Fact]
    public async Task The_account_is_the_contacts_custom_field_named_in_the_settings()
    {
        Answer("alt:email:jane@acme.example", ("Billing id", "cus_881"), ("Plan", "Team"));

        var completed = await CompleteAsync(Inbound);

        Assert.Equal(("cus_881", false), (completed.AccountId, completed.LookUpInSource));
        Assert.Equal(Inbound with { AccountId = "cus_881", LookUpInSource = false }, completed);
    }

    [Fact]
    public async Task A_contact_whose_account_is_stored_is_not_asked_again()
    {
        await _contacts.UpsertAsync(ContactState.PartitionOf("jane@acme.example"), ContactState.Row, new ContactState { Id = "jane@acme.example", AccountId = "cus_stored" });

        var completed = await CompleteAsync(Inbound);

        Assert.Equal("cus_stored", completed.AccountId);
        _front.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_phone_handle_is_asked_by_its_phone_alias()
    {
        Answer("alt:phone:+15550100", ("Billing id", "cus_7"));

        Assert.Equal("cus_7", (await CompleteAsync(Inbound with { ContactId = "+15550100" })).AccountId);
    }

    [Fact]
    public async Task A_social_handle_or_an_event_naming_its_account_goes_on_unasked()
    {
        var social = await CompleteAsync(Inbound with { ContactId = "jane_tweets" });
        var told = await CompleteAsync(Inbound with { AccountId = "acc-told" });

        Assert.Equal((null, false), (social.AccountId, social.LookUpInSource));
        Assert.Equal(("acc-told", false), (told.AccountId, told.LookUpInSource));
        _front.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_contact_Front_does_not_know_or_without_the_field_leaves_the_conversation_without_an_account()
    {
        _front.Setup(f => f.FindAsync("alt:email:jane@acme.example", It.IsAny<CancellationToken>())).ReturnsAsync((FrontContact?)null);
        Answer("alt:email:joe@acme.example", ("Plan", "Team"), ("Billing id", " "));

        Assert.Null((await CompleteAsync(Inbound)).AccountId);
        var withoutField = await CompleteAsync(Inbound with { ContactId = "joe@acme.example" });
        Assert.Equal((null, false), (withoutField.AccountId, withoutField.LookUpInSource));
    }

    [Theory]
    [InlineData(false, "Billing id")]
    [InlineData(true, null)]
    public async Task Without_a_token_or_an_account_field_nothing_is_asked(bool token, string? accountField)
    {
        var completed = await CompleteAsync(Inbound, Options(token, accountField));

        Assert.Equal(Inbound with { LookUpInSource = false }, completed);
        _front.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Events_of_other_sources_or_not_marked_are_left_as_they_are()
    {
        var zendesk = Inbound with { Source = "zendesk" };
        var unmarked = Inbound with { LookUpInSource = false };

        Assert.Same(zendesk, await CompleteAsync(zendesk));
        Assert.Same(unmarked, await CompleteAsync(unmarked));
        _front.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("jane@acme.example", "alt:email:jane@acme.example")]
    [InlineData("+447700900123", "alt:phone:+447700900123")]
    [InlineData("+", null)]
    [InlineData("+44 7700", null)]
    [InlineData("jane_tweets", null)]
    public void Aliases_are_Fronts_for_e_mail_addresses_and_phone_numbers(string handle, string? alias) => Assert.Equal(alias, FrontCompletion.AliasOf(handle));
}
