using SupportSignals.Events;
using SupportSignals.Processing;

namespace SupportSignals.Customers;

/// <summary>Keeps account and contact state current from any event that names them.</summary>
public sealed class CustomerProjection(Storage.IRecordStore<AccountState> accounts, Storage.IRecordStore<ContactState> contacts) : IEventProjection
{
    public async Task ProjectAsync(CanonicalEvent canonicalEvent, KnownRecords known, CancellationToken cancellationToken = default)
    {
        if (canonicalEvent.AccountId is { } accountId)
            await accounts.UpdateAsync(AccountState.PartitionOf(accountId), AccountState.Row, current => AccountState.Apply(current, canonicalEvent), cancellationToken);
        if (canonicalEvent.ContactId is { } contactId)
            await contacts.UpdateAsync(ContactState.PartitionOf(contactId), ContactState.Row, current => ContactState.Apply(current, canonicalEvent), cancellationToken);
    }
}
