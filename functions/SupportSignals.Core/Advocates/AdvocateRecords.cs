using SupportSignals.Customers;
using SupportSignals.Feedback;
using SupportSignals.Sentiment;
using SupportSignals.Tickets;

namespace SupportSignals.Advocates;

/// <summary>
/// The stored records an advocate list is chosen from: one version of each (the latest). Whoever builds it
/// decides how much history to read; <see cref="AdvocateSelection"/> only needs the evidence window, the CSAT and
/// escalation windows, open tickets, and the asks within the cooldown.
/// </summary>
public sealed record AdvocateRecords
{
    public IReadOnlyList<NpsResponse> NpsResponses { get; init; } = [];
    public IReadOnlyList<Review> Reviews { get; init; } = [];
    public IReadOnlyList<FeedbackAnalysis> Analyses { get; init; } = [];
    public IReadOnlyList<ContactState> Contacts { get; init; } = [];
    public IReadOnlyList<AccountState> Accounts { get; init; } = [];
    public IReadOnlyList<TicketState> Tickets { get; init; } = [];
    public IReadOnlyList<CsatRating> CsatRatings { get; init; } = [];
    public IReadOnlyList<AdvocateAsk> Asks { get; init; } = [];
}
