namespace SupportSignals.Webhooks.Front;

/// <summary>Front's contacts API (<c>GET /contacts/{contact_id}</c>), as far as placing its conversations on an account needs.</summary>
public interface IFrontContacts
{
    /// <param name="alias">A Front resource alias of the contact, <c>alt:email:{address}</c> or <c>alt:phone:{number}</c>.</param>
    /// <returns>The contact's custom fields; null when Front has no such contact.</returns>
    Task<FrontContact?> FindAsync(string alias, CancellationToken cancellationToken = default);
}
