using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Customers;

/// <summary>
/// An account as the latest events describe it: profile (segments), subscription and MRR, scheduled
/// cancellation. Each part carries the time of the event that set it, so an older event never overwrites it.
/// </summary>
public sealed record AccountState
{
    public const string Row = "account";

    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? Plan { get; init; }
    public string? Region { get; init; }
    public string? Segment { get; init; }
    public DateTimeOffset? ProfileAsOf { get; init; }

    public string? SubscriptionId { get; init; }
    public string? SubscriptionStatus { get; init; }
    public Money? Mrr { get; init; }
    public DateTimeOffset? SubscriptionAsOf { get; init; }
    public DateTimeOffset? CustomerSince { get; init; }
    public DateTimeOffset? ChurnedAt { get; init; }

    public bool CancellationScheduled { get; init; }
    public DateTimeOffset? CancelAt { get; init; }
    public DateTimeOffset? CancellationAsOf { get; init; }

    public bool IsCustomer => Events.SubscriptionStatus.IsCustomer(SubscriptionStatus);

    public static string PartitionOf(string accountId) => StorageKeys.Escape(accountId);

    /// <summary>Whether the event carries anything about the account beyond its id: without, it never changes a stored account.</summary>
    public static bool Describes(CanonicalEvent e) => e.Account is not null || e.Subscription is not null;

    /// <returns>The new state, or null when the event says nothing new about the account.</returns>
    public static AccountState? Apply(AccountState? current, CanonicalEvent e)
    {
        if (e.AccountId is null) return null;
        var state = current ?? new AccountState { Id = e.AccountId };
        var next = state;

        if (e.Account is { } profile && Freshness.Supersedes(e.OccurredAt, state.ProfileAsOf))
        {
            next = next with
            {
                Name = profile.Name ?? next.Name,
                Plan = profile.Plan ?? next.Plan,
                Region = profile.Region ?? next.Region,
                Segment = profile.Segment ?? next.Segment,
                ProfileAsOf = e.OccurredAt,
            };
        }

        if (e.Subscription is { } subscription)
        {
            if (e.Type == EventType.SubscriptionChanged)
            {
                var customer = Events.SubscriptionStatus.IsCustomer(subscription.Status);
                if (Freshness.Supersedes(e.OccurredAt, state.SubscriptionAsOf))
                {
                    next = next with
                    {
                        SubscriptionId = subscription.Id,
                        SubscriptionStatus = subscription.Status,
                        Mrr = subscription.MrrAfter,
                        Plan = subscription.Plan ?? next.Plan,
                        SubscriptionAsOf = e.OccurredAt,
                        ChurnedAt = customer ? null : next.ChurnedAt ?? e.OccurredAt,
                        CancellationScheduled = customer && next.CancellationScheduled,
                    };
                }
                // A customer who churned and came back is a customer since the return; otherwise since the first paid event.
                var returning = state.ChurnedAt is { } churned && e.OccurredAt > churned;
                if (customer) next = next with { CustomerSince = returning ? e.OccurredAt : Freshness.Earliest(next.CustomerSince, e.OccurredAt) };
            }
            else if (e.Type is EventType.CancellationScheduled or EventType.CancellationWithdrawn
                     && Freshness.Supersedes(e.OccurredAt, state.CancellationAsOf))
            {
                var scheduled = e.Type == EventType.CancellationScheduled;
                next = next with
                {
                    CancellationScheduled = scheduled,
                    CancelAt = scheduled ? subscription.CancelAt : null,
                    CancellationAsOf = e.OccurredAt,
                };
            }
        }

        return next == state && current is not null ? null : next;
    }
}
