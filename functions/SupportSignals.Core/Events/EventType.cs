using System.Text.Json.Serialization;

namespace SupportSignals.Events;

/// <summary>What happened, in the vocabulary every source is normalised into.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventType>))]
public enum EventType
{
    [JsonStringEnumMemberName("ticket.created")] TicketCreated,
    [JsonStringEnumMemberName("ticket.updated")] TicketUpdated,
    [JsonStringEnumMemberName("ticket.solved")] TicketSolved,
    [JsonStringEnumMemberName("agent.replied")] AgentReplied,
    [JsonStringEnumMemberName("csat.rated")] CsatRated,
    [JsonStringEnumMemberName("nps.responded")] NpsResponded,
    [JsonStringEnumMemberName("review.published")] ReviewPublished,
    [JsonStringEnumMemberName("review.deleted")] ReviewDeleted,
    [JsonStringEnumMemberName("subscription.changed")] SubscriptionChanged,
    [JsonStringEnumMemberName("subscription.cancellation_scheduled")] CancellationScheduled,
    [JsonStringEnumMemberName("subscription.cancellation_withdrawn")] CancellationWithdrawn,
    [JsonStringEnumMemberName("deal.created")] DealCreated,
    [JsonStringEnumMemberName("deal.won")] DealWon,
    [JsonStringEnumMemberName("deal.lost")] DealLost,
    [JsonStringEnumMemberName("lead.flagged")] LeadFlagged,
    [JsonStringEnumMemberName("contact.updated")] ContactUpdated,
    [JsonStringEnumMemberName("contact.unsubscribed")] ContactUnsubscribed,
    [JsonStringEnumMemberName("account.updated")] AccountUpdated,
}
