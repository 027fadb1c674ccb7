using SupportSignals.Advocates;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Sentiment;
using SupportSignals.Tickets;

namespace SupportSignals.Privacy;

/// <summary>
/// The one list of what is personal in each record: who (contact id, name, e-mail) and what they wrote (comments,
/// review texts, ticket subjects and bodies). Everything else — scores, stars, polarity, categories, times, tags,
/// account ids — is an anonymous figure once the contact id is gone, and stays for the metrics.
/// </summary>
public static class PersonalData
{
    public static NpsResponse Without(NpsResponse response) => response with { ContactId = null, Comment = null };

    public static Review Without(Review review) => review with { ContactId = null, Title = null, Text = null };

    public static CsatRating Without(CsatRating rating) => rating with { ContactId = null, Comment = null };

    public static TicketState Without(TicketState ticket) => ticket with { ContactId = null, Subject = null };

    public static FeedbackAnalysis Without(FeedbackAnalysis analysis) => analysis with
    {
        ContactId = null,
        Text = "",
        Mentions = [.. analysis.Mentions.Select(m => m with { Text = "", Target = "" })],
    };

    public static CanonicalEvent Without(CanonicalEvent e) => e with
    {
        ContactId = null,
        Contact = null,
        Nps = e.Nps is null ? null : e.Nps with { Comment = null },
        Review = e.Review is null ? null : e.Review with { Title = null, Text = null },
        Csat = e.Csat is null ? null : e.Csat with { Comment = null },
        Ticket = e.Ticket is null ? null : e.Ticket with { Subject = null, Text = null },
    };

    public static AdvocateSignal Without(AdvocateSignal signal) => signal with
    {
        ContactId = null,
        Nps = signal.Nps is null ? null : Without(signal.Nps),
        Review = signal.Review is null ? null : Without(signal.Review),
        Csat = signal.Csat is null ? null : Without(signal.Csat),
        Ticket = signal.Ticket is null ? null : Without(signal.Ticket),
    };
}
