using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Customers;

/// <summary>
/// Keeps account and contact state current from any event that names them. Most events of an account or contact follow
/// earlier ones, but its first is what creates it: one not seen lately is inserted without a read
/// (<see cref="InsertOrUpdate"/>), and an account seen stored is not read at all for an event that says nothing about it
/// beyond its id (accounts are never deleted, so it is still there and the event would change nothing).
/// </summary>
public sealed class CustomerProjection(IRecordStore<AccountState> accounts, IRecordStore<ContactState> contacts) : IEventProjection
{
    private const int Remembered = 50_000;
    private readonly RecentKeys _storedAccounts = new(Remembered);
    private readonly RecentKeys _storedContacts = new(Remembered);

    public async Task ProjectAsync(CanonicalEvent canonicalEvent, KnownRecords known, CancellationToken cancellationToken = default)
    {
        if (canonicalEvent.AccountId is { } accountId)
        {
            var partition = AccountState.PartitionOf(accountId);
            if (AccountState.Describes(canonicalEvent) || !_storedAccounts.Contains(partition, AccountState.Row))
                await accounts.InsertOrUpdateAsync(_storedAccounts, partition, AccountState.Row, current => AccountState.Apply(current, canonicalEvent), cancellationToken);
        }
        if (canonicalEvent.ContactId is { } contactId)
            await contacts.InsertOrUpdateAsync(_storedContacts, ContactState.PartitionOf(contactId), ContactState.Row, current => ContactState.Apply(current, canonicalEvent), cancellationToken);
    }
}
