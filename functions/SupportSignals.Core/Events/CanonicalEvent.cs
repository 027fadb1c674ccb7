namespace SupportSignals.Events;

/// <summary>
/// One thing that happened, as every source is normalised into. The section matching <see cref="Type"/>
/// is set; <see cref="Id"/> is the source's dedupe key, unique within <see cref="Source"/>.
/// </summary>
public sealed record CanonicalEvent
{
    public required string Id { get; init; }
    /// <summary>Set by the intake from the route, whatever the payload says.</summary>
    public string Source { get; init; } = "";
    public required EventType Type { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public string? AccountId { get; init; }
    public string? ContactId { get; init; }
    public string? AgentId { get; init; }
    public ContactInfo? Contact { get; init; }
    public AccountInfo? Account { get; init; }
    public TicketInfo? Ticket { get; init; }
    public ReplyInfo? Reply { get; init; }
    public CsatInfo? Csat { get; init; }
    public NpsInfo? Nps { get; init; }
    public ReviewInfo? Review { get; init; }
    public SubscriptionInfo? Subscription { get; init; }
    public DealInfo? Deal { get; init; }
    public LeadInfo? Lead { get; init; }

    /// <summary>
    /// The source's webhook names little more than the object (HubSpot's): processing asks the source for the rest
    /// before any projection sees the event, which is stored as the source answered.
    /// </summary>
    public bool LookUpInSource { get; init; }

    /// <summary>The key the inbox dedupes on: source-qualified so two vendors' ids never collide.</summary>
    public string DedupeKey => $"{Source}:{Id}";
}
