using SupportSignals.Customers;
using SupportSignals.Storage;

namespace SupportSignals.Privacy;

/// <summary>
/// <c>POST /api/contacts/{id}/opt-out</c>: the contact must not be asked for marketing, from now on. A contact not
/// seen yet gets a row holding only the opt-out, so it holds when their first event arrives.
/// </summary>
public sealed class ContactOptOut(IRecordStore<ContactState> contacts, TimeProvider clock)
{
    public async Task<ContactState> OptOutAsync(string contactId, CancellationToken cancellationToken = default) =>
        (await contacts.UpdateAsync(ContactState.PartitionOf(contactId), ContactState.Row,
            current => current is { Unsubscribed: true }
                ? current
                : (current ?? new ContactState { Id = contactId }) with { Unsubscribed = true, UnsubscribedAt = clock.GetUtcNow() },
            cancellationToken))!;
}
