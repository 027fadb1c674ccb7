using System.Globalization;
using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.HubSpot;

/// <summary>
/// HubSpot's webhooks name only the ticket or deal: this asks HubSpot's CRM for the rest before any projection sees
/// the event, with the private app token in <c>Settings__AccessToken</c>. The account is the first associated
/// company's id, or the property named by <c>Settings__AccountProperty</c> — of the ticket or deal itself, or of its
/// company as <c>company.{property}</c> — when accounts carry another system's id (a billing customer id, say).
/// A deal takes MRR from <c>Settings__MrrProperty</c> (default <c>hs_mrr</c>) and its amount from <c>amount</c>, in
/// its currency or <c>Settings__Currency</c>; a deal that cannot be placed fails with a reason that names the fix,
/// and replays once fixed. A ticket takes subject, owner (the agent), priority, creation time, first contact and
/// the properties in <c>Settings__TicketProperties</c> (default <c>sql</c>, the SQL flag <c>Leads__Field</c> reads) as
/// custom fields; a ticket with no company, or read without a token, goes on as the webhook told it.
/// Properties are read as they stand when the event is processed, usually seconds after it happened.
/// </summary>
public sealed class HubSpotCompletion(IHubSpotCrm crm, SourceOptions? options) : IEventCompletion
{
    public const string AccessTokenSetting = "AccessToken";
    private const string CompanyPrefix = "company.";
    private const string AmountProperty = "amount";
    private const string CurrencyProperty = "deal_currency_code";
    private const string DefaultMrrProperty = "hs_mrr";
    private const string Companies = "companies";
    private const string Contacts = "contacts";
    private static readonly string[] TicketBasics = ["subject", "hubspot_owner_id", "hs_ticket_priority", "createdate"];

    // The settings, read once: every HubSpot event asks them.
    private readonly bool _hasToken = options?.Setting(AccessTokenSetting) is not null;
    private readonly string _mrrProperty = options?.Setting("MrrProperty") ?? DefaultMrrProperty;
    private readonly string? _currency = options?.Setting("Currency");
    private readonly IReadOnlySet<string> _ticketProperties = TicketProperties(options);
    /// <summary>The account property of the ticket or deal itself, or of its company (<c>company.{property}</c>).</summary>
    private readonly string? _ownAccountProperty = AccountProperty(options) is { } own && !own.StartsWith(CompanyPrefix, StringComparison.OrdinalIgnoreCase) ? own : null;
    private readonly string? _companyAccountProperty = AccountProperty(options) is { } name && name.StartsWith(CompanyPrefix, StringComparison.OrdinalIgnoreCase) ? name[CompanyPrefix.Length..] : null;

    /// <summary>The ticket properties copied into custom fields, whose changes are also events.</summary>
    public static IReadOnlySet<string> TicketProperties(SourceOptions? options) =>
        (options?.Setting("TicketProperties") ?? "sql").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    public async Task<CanonicalEvent> CompleteAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default)
    {
        if (canonicalEvent.Source != HubSpotSource.SourceName || !canonicalEvent.LookUpInSource) return canonicalEvent;
        return canonicalEvent switch
        {
            { Deal: { } deal } when _hasToken => await CompleteDealAsync(canonicalEvent, deal, cancellationToken),
            { Deal: { } deal } => throw new EventIncompleteException(
                $"HubSpot deal {deal.Id} names no account: set Webhooks__hubspot__Settings__{AccessTokenSetting} (a private app token with crm.objects.deals.read) and replay"),
            { Ticket: { } ticket } when _hasToken => await CompleteTicketAsync(canonicalEvent, ticket, cancellationToken),
            _ => canonicalEvent with { LookUpInSource = false },
        };
    }

    private async Task<CanonicalEvent> CompleteDealAsync(CanonicalEvent e, DealInfo deal, CancellationToken cancellationToken)
    {
        var found = await FindAsync("deals", deal.Id, [AmountProperty, CurrencyProperty, _mrrProperty], _ownAccountProperty is null ? [Companies] : [], cancellationToken)
            ?? throw new EventIncompleteException($"HubSpot has no deal {deal.Id} (deleted or merged since the webhook)");
        var account = await AccountAsync("deal", deal.Id, found, required: true, cancellationToken)
            ?? throw new EventIncompleteException($"HubSpot deal {deal.Id} is associated with no company: associate it and replay");
        var currency = found.Property(CurrencyProperty) ?? _currency;
        return e with
        {
            LookUpInSource = false,
            AccountId = account,
            Deal = deal with { Amount = Money(deal.Id, found, AmountProperty, currency), Mrr = Money(deal.Id, found, _mrrProperty, currency) },
        };
    }

    private async Task<CanonicalEvent> CompleteTicketAsync(CanonicalEvent e, TicketInfo ticket, CancellationToken cancellationToken)
    {
        var found = await FindAsync("tickets", ticket.Id, [.. TicketBasics, .. _ticketProperties], [Companies, Contacts], cancellationToken);
        if (found is null) return e with { LookUpInSource = false };
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in _ticketProperties)
            if (found.Property(name) is { } value) fields[name] = value;
        return e with
        {
            LookUpInSource = false,
            AccountId = await AccountAsync("ticket", ticket.Id, found, required: false, cancellationToken) ?? e.AccountId,
            ContactId = found.FirstAssociated(Contacts) ?? e.ContactId,
            AgentId = found.Property("hubspot_owner_id") ?? e.AgentId,
            Ticket = ticket with
            {
                Subject = found.Property("subject") ?? ticket.Subject,
                Priority = found.Property("hs_ticket_priority") ?? ticket.Priority,
                CreatedAt = DateTimeOffset.TryParse(found.Property("createdate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created) ? created : ticket.CreatedAt,
                CustomFields = fields,
            },
        };
    }

    /// <summary>The object with its own properties, plus the account property when it is the object's own.</summary>
    private Task<HubSpotRecord?> FindAsync(string objectType, string id, string[] properties, string[] associations, CancellationToken cancellationToken) =>
        crm.FindAsync(objectType, id, _ownAccountProperty is { } own ? [.. properties, own] : properties, associations, cancellationToken);

    private static string? AccountProperty(SourceOptions? options) => options?.Setting("AccountProperty");

    /// <returns>The account, or null when the object names none and none is <paramref name="required"/>.</returns>
    private async Task<string?> AccountAsync(string objectName, string id, HubSpotRecord found, bool required, CancellationToken cancellationToken)
    {
        if (_ownAccountProperty is { } own)
            return found.Property(own) ?? (required ? throw new EventIncompleteException($"HubSpot {objectName} {id} has no {own}: set it and replay") : null);
        if (found.FirstAssociated(Companies) is not { } companyId) return null;
        if (_companyAccountProperty is not { } property) return companyId;
        var company = await crm.FindAsync(Companies, companyId, [property], [], cancellationToken);
        return company?.Property(property)
            ?? (required ? throw new EventIncompleteException($"HubSpot company {companyId} of {objectName} {id} has no {property}: set it and replay") : null);
    }

    private static Money? Money(string dealId, HubSpotRecord deal, string property, string? currency)
    {
        if (deal.Property(property) is not { } text) return null;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            throw new EventIncompleteException($"HubSpot deal {dealId} has {property} '{text}', which is not a number");
        if (currency is null)
            throw new EventIncompleteException($"HubSpot deal {dealId} has an {property} but no {CurrencyProperty}: set Webhooks__hubspot__Settings__Currency and replay");
        return MinorUnits.FromDecimal(amount, currency);
    }
}
