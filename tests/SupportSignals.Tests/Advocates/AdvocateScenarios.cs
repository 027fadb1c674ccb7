using SupportSignals.Advocates;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Sentiment;
using SupportSignals.Tickets;

namespace SupportSignals.Tests.Advocates;

/// <summary>Stored records for advocate scenarios, with readable defaults: a happy promoter on an active account.</summary>
public static class AdvocateScenarios
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public const string PraisedComment = "Support answered within minutes and fixed our export.";

    public static DateTimeOffset DaysAgo(double days) => Now.AddDays(-days);

    public static NpsResponse Nps(string contact, int score, double daysAgo, string account = "acc-1", string? comment = PraisedComment, string? id = null) => new()
    {
        Source = "delighted",
        ResponseId = id ?? $"nps-{contact}-{score}-{daysAgo}",
        AccountId = account,
        ContactId = contact,
        Score = score,
        Comment = comment,
        RespondedAt = DaysAgo(daysAgo),
        AsOf = DaysAgo(daysAgo),
    };

    public static Review Review(string contact, int stars, double daysAgo, string account = "acc-1", string? id = null) => new()
    {
        Source = "trustpilot",
        Id = id ?? $"rev-{contact}-{stars}-{daysAgo}",
        AccountId = account,
        ContactId = contact,
        Stars = stars,
        Text = "Great tool, the team helps whenever we ask.",
        PublishedAt = DaysAgo(daysAgo),
        AsOf = DaysAgo(daysAgo),
    };

    public static ContactState Contact(string id, string account = "acc-1", bool unsubscribed = false) => new()
    {
        Id = id,
        AccountId = account,
        Name = $"Name of {id}",
        Email = $"{id}@customer.example",
        Unsubscribed = unsubscribed,
        UnsubscribedAt = unsubscribed ? DaysAgo(3) : null,
    };

    public static AccountState Account(string id = "acc-1", long mrrMinor = 49_900, string status = SubscriptionStatus.Active, string segment = "mid-market", string plan = "pro", string region = "EU") => new()
    {
        Id = id,
        Name = $"Company {id}",
        Segment = segment,
        Plan = plan,
        Region = region,
        SubscriptionStatus = status,
        Mrr = new Money(mrrMinor, "EUR"),
        ChurnedAt = SubscriptionStatus.IsCustomer(status) ? null : DaysAgo(10),
    };

    public static TicketState Ticket(string id, string? contact = "con-1", string account = "acc-1", string status = TicketStatus.Solved, bool escalated = false, double updatedDaysAgo = 2) => new()
    {
        Source = "zendesk",
        Id = id,
        AccountId = account,
        ContactId = contact,
        Status = status,
        Escalated = escalated,
        CreatedAt = DaysAgo(updatedDaysAgo + 1),
        UpdatedAsOf = DaysAgo(updatedDaysAgo),
    };

    public static CsatRating Csat(string contact, bool satisfied, double daysAgo, string ticket = "T-9") => new()
    {
        Source = "zendesk",
        Id = ticket,
        TicketId = ticket,
        AccountId = "acc-1",
        ContactId = contact,
        Value = satisfied ? "good" : "bad",
        Scale = "good_bad",
        Satisfied = satisfied,
        RatedAt = DaysAgo(daysAgo),
    };

    public static AdvocateAsk Ask(string contact, double daysAgo, string purpose = AskPurpose.Review) =>
        new() { ContactId = contact, AskedAt = DaysAgo(daysAgo), Purpose = purpose };

    /// <summary>The analysis of an NPS comment with one mention of the given polarity on "answered within minutes".</summary>
    public static FeedbackAnalysis Analysis(NpsResponse response, Polarity polarity = Polarity.Positive)
    {
        const string span = "answered within minutes";
        var text = response.Comment ?? PraisedComment;
        var offset = text.IndexOf(span, StringComparison.Ordinal);
        return new FeedbackAnalysis
        {
            Kind = FeedbackKind.Nps,
            Source = response.Source,
            FeedbackId = response.ResponseId,
            AccountId = response.AccountId,
            ContactId = response.ContactId,
            Score = response.Score,
            GivenAt = response.RespondedAt,
            Text = text,
            Language = "en",
            Polarity = polarity,
            Mentions = offset < 0 ? [] : [new ServiceMention(span, offset, span.Length, polarity, 0.9, ServiceCategory.Speed, "support")],
            MentionsService = offset >= 0,
            AnalysedAt = response.AsOf,
        };
    }

    /// <summary>One promoter (con-1, NPS 10 five days ago, praising support) on an active account, nothing against them.</summary>
    public static AdvocateRecords HappyPromoter()
    {
        var response = Nps("con-1", 10, 5);
        return new AdvocateRecords
        {
            NpsResponses = [response],
            Analyses = [Analysis(response)],
            Contacts = [Contact("con-1")],
            Accounts = [Account()],
        };
    }
}
