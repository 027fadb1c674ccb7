using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Webhooks.Front;

/// <summary>
/// Front's conversations name the customer only by a handle (an e-mail address or phone number), never by an
/// account, so a Front ticket could not flag a SQL on an account nor count for expansion after support. With an API
/// token in <c>Settings__AccessToken</c> and the name of the contact custom field holding the account id (a billing
/// customer id, say) in <c>Settings__AccountField</c>, the account is read from the contact when the event is
/// processed. A contact whose account is already stored is not asked again (Front's API allows as few as 50 calls
/// a minute); a contact Front does not know, or one without the field, leaves the conversation without an account,
/// as without the settings.
/// </summary>
public sealed class FrontCompletion(IFrontContacts contacts, IRecordStore<ContactState> knownContacts, SourceOptions? options) : IEventCompletion
{
    public const string AccessTokenSetting = "AccessToken";
    public const string AccountFieldSetting = "AccountField";

    private readonly string? _accountField = options?.Setting(AccessTokenSetting) is null ? null : options.Setting(AccountFieldSetting);

    public async Task<CanonicalEvent> CompleteAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default)
    {
        if (canonicalEvent.Source != FrontSource.SourceName || !canonicalEvent.LookUpInSource) return canonicalEvent;
        var completed = canonicalEvent with { LookUpInSource = false };
        if (_accountField is not { } field || completed.AccountId is not null || completed.ContactId is not { } handle || AliasOf(handle) is not { } alias)
            return completed;
        var known = await knownContacts.FindAsync(ContactState.PartitionOf(handle), ContactState.Row, cancellationToken);
        if (known?.AccountId is { } storedAccount) return completed with { AccountId = storedAccount };
        var contact = await contacts.FindAsync(alias, cancellationToken);
        return contact?.CustomField(field) is { } account ? completed with { AccountId = account } : completed;
    }

    /// <returns>Front's alias of the contact a handle names, or null for handles Front cannot be asked by (social accounts, say).</returns>
    public static string? AliasOf(string handle) => handle switch
    {
        _ when handle.Contains('@', StringComparison.Ordinal) => "alt:email:" + handle,
        ['+', .. var digits] when digits.Length > 0 && digits.All(char.IsAsciiDigit) => "alt:phone:" + handle,
        _ => null,
    };
}
