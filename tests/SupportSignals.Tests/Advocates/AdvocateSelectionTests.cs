using SupportSignals.Advocates;
using SupportSignals.Events;
using SupportSignals.Sentiment;
using static SupportSignals.Tests.Advocates.AdvocateScenarios;

namespace SupportSignals.Tests.Advocates;

public sealed class AdvocateSelectionTests
{
    private static readonly AdvocateOptions Options = new();

    private static AdvocateList Select(AdvocateRecords records, AdvocateCriteria? criteria = null) =>
        AdvocateSelection.Select(records, criteria ?? new AdvocateCriteria(), Options, Now);

    /// <summary>Each scenario adds one fact to the happy promoter; the promoter must then be excluded for that reason alone.</summary>
    private static readonly Dictionary<string, Func<AdvocateRecords, AdvocateRecords>> Blocking = new()
    {
        ["account churned"] = r => r with { Accounts = [Account(status: SubscriptionStatus.Canceled)] },
        ["cancellation scheduled"] = r => r with { Accounts = [Account() with { CancellationScheduled = true, CancelAt = DaysAgo(-20) }] },
        ["escalated ticket still open, opened by a colleague"] = r => r with { Tickets = [Ticket("T-1", contact: "con-2", status: TicketStatus.Open, escalated: true, updatedDaysAgo: 60)] },
        ["escalation solved 10 days ago"] = r => r with { Tickets = [Ticket("T-1", escalated: true, updatedDaysAgo: 10)] },
        ["own ticket open"] = r => r with { Tickets = [Ticket("T-1", status: TicketStatus.Pending, updatedDaysAgo: 50)] },
        ["bad CSAT 29 days ago"] = r => r with { CsatRatings = [Csat("con-1", satisfied: false, daysAgo: 29)] },
        ["detractor NPS after the promoter one"] = r => r with { NpsResponses = [.. r.NpsResponses, Nps("con-1", 4, 1)] },
        ["1-star review after the promoter NPS"] = r => r with { Reviews = [Review("con-1", 1, 2)] },
        ["unsubscribed"] = r => r with { Contacts = [Contact("con-1", unsubscribed: true)] },
        ["asked 89 days ago"] = r => r with { Asks = [Ask("con-1", 89)] },
    };

    public static TheoryData<string, string> BlockingScenarios => new()
    {
        { "account churned", ExclusionCode.AccountChurned },
        { "cancellation scheduled", ExclusionCode.CancellationScheduled },
        { "escalated ticket still open, opened by a colleague", ExclusionCode.Escalation },
        { "escalation solved 10 days ago", ExclusionCode.Escalation },
        { "own ticket open", ExclusionCode.OpenTicket },
        { "bad CSAT 29 days ago", ExclusionCode.BadCsat },
        { "detractor NPS after the promoter one", ExclusionCode.DetractorAfterPromoter },
        { "1-star review after the promoter NPS", ExclusionCode.DetractorAfterPromoter },
        { "unsubscribed", ExclusionCode.Unsubscribed },
        { "asked 89 days ago", ExclusionCode.AskedRecently },
    };

    [Theory]
    [MemberData(nameof(BlockingScenarios))]
    public void Each_exclusion_keeps_the_promoter_off_the_list_and_names_its_reason(string scenario, string code)
    {
        var list = Select(Blocking[scenario](HappyPromoter()));

        Assert.Empty(list.Advocates);
        var excluded = Assert.Single(list.Excluded);
        Assert.Equal("con-1", excluded.ContactId);
        Assert.Equal([code], excluded.Reasons.Select(r => r.Code));
        Assert.DoesNotContain("@", excluded.Reasons[0].Detail, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, Func<AdvocateRecords, AdvocateRecords>> Harmless = new()
    {
        ["nothing else"] = r => r,
        ["bad CSAT 31 days ago"] = r => r with { CsatRatings = [Csat("con-1", satisfied: false, daysAgo: 31)] },
        ["good CSAT yesterday"] = r => r with { CsatRatings = [Csat("con-1", satisfied: true, daysAgo: 1)] },
        ["escalation solved 31 days ago"] = r => r with { Tickets = [Ticket("T-1", escalated: true, updatedDaysAgo: 31)] },
        ["escalation open at another account"] = r => r with { Tickets = [Ticket("T-1", contact: "con-9", account: "acc-9", status: TicketStatus.Open, escalated: true)] },
        ["a colleague's ordinary open ticket"] = r => r with { Tickets = [Ticket("T-1", contact: "con-2", status: TicketStatus.Open)] },
        ["own ticket solved"] = r => r with { Tickets = [Ticket("T-1")] },
        ["asked 91 days ago"] = r => r with { Asks = [Ask("con-1", 91)] },
        ["another contact asked yesterday"] = r => r with { Asks = [Ask("con-2", 1)] },
        ["detractor NPS before the promoter one"] = r => r with { NpsResponses = [.. r.NpsResponses, Nps("con-1", 2, 40)] },
        ["passive NPS after the promoter one"] = r => r with { NpsResponses = [.. r.NpsResponses, Nps("con-1", 7, 1)] },
        ["past due is still a customer"] = r => r with { Accounts = [Account(status: SubscriptionStatus.PastDue)] },
        ["cancellation withdrawn"] = r => r with { Accounts = [Account() with { CancellationScheduled = false, CancellationAsOf = DaysAgo(3) }] },
    };

    public static TheoryData<string> HarmlessScenarios => [.. Harmless.Keys];

    [Theory]
    [MemberData(nameof(HarmlessScenarios))]
    public void Facts_outside_the_rules_leave_the_promoter_on_the_list(string scenario)
    {
        var list = Select(Harmless[scenario](HappyPromoter()));

        Assert.Empty(list.Excluded);
        var advocate = Assert.Single(list.Advocates);
        Assert.Equal(new ContactRef("con-1", "Name of con-1", "con-1@customer.example"), advocate.Contact);
    }

    [Fact]
    public void Every_reason_that_applies_is_reported()
    {
        var records = HappyPromoter() with
        {
            Contacts = [Contact("con-1", unsubscribed: true)],
            Asks = [Ask("con-1", 10)],
            CsatRatings = [Csat("con-1", satisfied: false, daysAgo: 3)],
            NpsResponses = [.. HappyPromoter().NpsResponses, Nps("con-1", 0, 1)],
        };

        var excluded = Assert.Single(Select(records).Excluded);

        Assert.Equal([ExclusionCode.Unsubscribed, ExclusionCode.AskedRecently, ExclusionCode.BadCsat, ExclusionCode.DetractorAfterPromoter], excluded.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_promoter_response_after_a_detractor_one_counts_again()
    {
        var records = HappyPromoter() with { NpsResponses = [Nps("con-1", 10, 30), Nps("con-1", 3, 20), Nps("con-1", 9, 2, comment: "Fine now.")] };

        var advocate = Assert.Single(Select(records).Advocates);

        Assert.Equal(9, advocate.Evidence.NpsScore);
        Assert.Equal(DaysAgo(2), advocate.Evidence.GivenAt);
    }

    [Fact]
    public void The_ranking_orders_by_total_score_and_breaks_ties_by_contact_id()
    {
        var praised = Nps("con-a", 9, 20);
        var records = new AdvocateRecords
        {
            NpsResponses = [Nps("con-z", 10, 1, account: "acc-2"), Nps("con-y", 10, 1, account: "acc-2"), praised, Nps("con-b", 9, 60), Nps("con-c", 10, 60, account: "acc-3")],
            Reviews = [Review("con-d", 5, 1, account: "acc-2")],
            Analyses = [Analysis(praised)],
            Accounts = [Account(), Account("acc-2", mrrMinor: 9_900), Account("acc-3", mrrMinor: 1_000_000)],
        };

        var ranked = Select(records).Advocates;

        // con-a: praise outweighs recency; con-d, con-y, con-z: same score (NPS 10 = 5 stars), ordered by id;
        // con-c beats con-b on strength and account value at equal age.
        Assert.Equal(["con-a", "con-d", "con-y", "con-z", "con-c", "con-b"], ranked.Select(a => a.Contact.Id));
        Assert.Equal([1, 2, 3, 4, 5, 6], ranked.Select(a => a.Rank));
        Assert.Equal(ranked[1].Score, ranked[2].Score);
        Assert.All(ranked, a => Assert.Equal(Math.Round(a.Score.Recency + a.Score.Strength + a.Score.ServicePraise + a.Score.AccountValue, 2), a.Score.Total));
    }

    [Fact]
    public void The_score_parts_follow_the_documented_formula()
    {
        var response = Nps("con-1", 10, 30) with { };
        var records = HappyPromoter() with { NpsResponses = [response], Analyses = [Analysis(response)], Accounts = [Account(mrrMinor: 1_000_000)] };

        var score = Assert.Single(Select(records).Advocates).Score;

        Assert.Equal(new AdvocateScore(Recency: 15, Strength: 30, ServicePraise: 25, AccountValue: 15), score);
        Assert.Equal(85, score.Total);
    }

    [Theory]
    [InlineData(9, 22.5)]
    [InlineData(8, 15)]
    [InlineData(7, 7.5)]
    public void Strength_scales_the_NPS_score_from_six_to_ten(int nps, double strength)
    {
        var records = HappyPromoter() with { NpsResponses = [Nps("con-1", nps, 5)], Analyses = [] };

        var advocate = Assert.Single(Select(records, new AdvocateCriteria { MinNps = 7 }).Advocates);

        Assert.Equal(strength, advocate.Score.Strength);
    }

    [Fact]
    public void The_best_evidence_is_chosen_and_the_reason_explains_it()
    {
        var plain = Nps("con-1", 10, 1, comment: "Good product.");
        var praised = Nps("con-1", 9, 3);
        var records = HappyPromoter() with { NpsResponses = [plain, praised], Analyses = [Analysis(praised)] };

        var advocate = Assert.Single(Select(records).Advocates);

        Assert.Equal(praised.ResponseId, advocate.Evidence.Id);
        Assert.True(advocate.Evidence.PraisesService);
        Assert.Equal(ServiceCategory.Speed, advocate.Evidence.Category);
        Assert.Equal("Support «answered within minutes» and fixed our export.", advocate.Evidence.Excerpt!.Marked);
        Assert.Equal("NPS 9 on delighted 3 days ago; praises the service (speed/responsiveness); active account Company acc-1 on pro, MRR EUR 499.00.", advocate.Reason);
    }

    [Theory]
    [InlineData(Polarity.Negative)]
    [InlineData(Polarity.Mixed)]
    public void A_comment_that_blames_the_service_is_no_praise(Polarity polarity)
    {
        var response = Nps("con-1", 10, 5);
        var records = HappyPromoter() with { Analyses = [Analysis(response, polarity)] };

        Assert.False(Assert.Single(Select(records).Advocates).Evidence.PraisesService);
        Assert.Empty(Select(records, new AdvocateCriteria { ServicePraise = true }).Advocates);
    }

    [Fact]
    public void The_filters_narrow_the_list_without_calling_anyone_excluded()
    {
        var records = HappyPromoter() with
        {
            NpsResponses = [.. HappyPromoter().NpsResponses, Nps("con-2", 9, 100), Nps("con-3", 8, 5, account: "acc-3")],
            Reviews = [Review("con-4", 4, 5, account: "acc-3")],
            Accounts = [Account(), Account("acc-3", segment: "enterprise", plan: "enterprise", region: "US")],
        };

        Assert.Equal(["con-1", "con-4"], Ids(Select(records)));
        Assert.Equal(["con-1"], Ids(Select(records, new AdvocateCriteria { ServicePraise = true })));
        Assert.Equal(["con-4"], Ids(Select(records, new AdvocateCriteria { Segment = "us" })));
        Assert.Equal(["con-1"], Ids(Select(records, new AdvocateCriteria { Segment = "PRO" })));
        Assert.Equal(["con-1", "con-3", "con-4"], Ids(Select(records, new AdvocateCriteria { MinNps = 8 })));
        Assert.Equal(["con-1"], Ids(Select(records, new AdvocateCriteria { MinStars = 5 })));
        Assert.Equal(["con-1", "con-2", "con-4"], Ids(Select(records, new AdvocateCriteria { Since = DaysAgo(120) })));
        Assert.Empty(Select(records, new AdvocateCriteria { Segment = "us", ServicePraise = true }).Excluded);

        static IEnumerable<string> Ids(AdvocateList list) => list.Advocates.Select(a => a.Contact.Id).Order(StringComparer.Ordinal);
    }

    [Fact]
    public void Feedback_without_a_contact_or_a_deleted_review_makes_no_advocate()
    {
        var records = new AdvocateRecords
        {
            NpsResponses = [Nps("con-1", 10, 1) with { ContactId = null }],
            Reviews = [Review("con-2", 5, 1) with { Deleted = true }],
        };

        var list = Select(records);

        Assert.Empty(list.Advocates);
        Assert.Empty(list.Excluded);
    }

    [Fact]
    public void A_contact_unknown_to_the_contacts_table_is_listed_by_id_with_the_feedbacks_account()
    {
        var records = HappyPromoter() with { Contacts = [] };

        var advocate = Assert.Single(Select(records).Advocates);

        Assert.Equal(new ContactRef("con-1", null, null), advocate.Contact);
        Assert.Equal("acc-1", advocate.Account!.Id);
    }
}
