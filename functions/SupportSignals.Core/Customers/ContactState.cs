using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Customers;

/// <summary>A contact (end customer): the only table holding names and e-mails, so erasure has one place to go.</summary>
public sealed record ContactState
{
    public const string Row = "contact";

    public required string Id { get; init; }
    public string? AccountId { get; init; }
    public string? Name { get; init; }
    public string? Email { get; init; }
    public DateTimeOffset? ProfileAsOf { get; init; }
    public bool Unsubscribed { get; init; }
    public DateTimeOffset? UnsubscribedAt { get; init; }

    public static string PartitionOf(string contactId) => StorageKeys.Escape(contactId);

    /// <returns>The new state, or null when the event says nothing new about the contact.</returns>
    public static ContactState? Apply(ContactState? current, CanonicalEvent e)
    {
        if (e.ContactId is null) return null;
        var state = current ?? new ContactState { Id = e.ContactId };
        var next = state;

        // Only events that carry a profile compete on freshness; any event may name the account when none is known.
        if (e.Contact is { } profile && Freshness.Supersedes(e.OccurredAt, state.ProfileAsOf))
            next = next with { Name = profile.Name ?? next.Name, Email = profile.Email ?? next.Email, ProfileAsOf = e.OccurredAt };
        if (next.AccountId is null && e.AccountId is not null) next = next with { AccountId = e.AccountId };

        // Opting out is sticky: a later survey answer does not re-subscribe anyone.
        if (e.Type == EventType.ContactUnsubscribed && !state.Unsubscribed)
            next = next with { Unsubscribed = true, UnsubscribedAt = e.OccurredAt };

        return next == state && current is not null ? null : next;
    }
}
