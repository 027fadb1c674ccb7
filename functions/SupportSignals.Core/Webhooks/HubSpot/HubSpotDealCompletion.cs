using System.Globalization;
using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.HubSpot;

/// <summary>
/// HubSpot's deal webhooks name only the deal: this asks HubSpot's CRM for the deal's account and amounts before any
/// projection sees it, so a deal won lands on the account its SQL was flagged on. The account is the first associated
/// company's id, or the property named by <c>Settings__AccountProperty</c> — of the deal, or of its company as
/// <c>company.{property}</c> — when accounts carry another system's id (a billing customer id, say). MRR comes from
/// <c>Settings__MrrProperty</c> (default <c>hs_mrr</c>), the amount from <c>amount</c>, both in the deal's currency or
/// <c>Settings__Currency</c>. Whatever is missing fails the event with a reason that names the fix; once fixed, the
/// poisoned event replays.
/// </summary>
public sealed class HubSpotDealCompletion(IHubSpotCrm crm, SourceOptions? options) : IEventCompletion
{
    public const string AccessTokenSetting = "AccessToken";
    private const string CompanyPrefix = "company.";
    private const string AmountProperty = "amount";
    private const string CurrencyProperty = "deal_currency_code";
    private const string DefaultMrrProperty = "hs_mrr";

    public async Task<CanonicalEvent> CompleteAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default)
    {
        if (canonicalEvent.Source != HubSpotSource.SourceName || canonicalEvent.Deal is not { LookUpInSource: true } deal) return canonicalEvent;
        if (options?.Setting(AccessTokenSetting) is null)
            throw new EventIncompleteException($"HubSpot deal {deal.Id} names no account: set Webhooks__hubspot__Settings__{AccessTokenSetting} (a private app token with crm.objects.deals.read) and replay");

        var accountProperty = options.Setting("AccountProperty");
        var companyProperty = accountProperty?.StartsWith(CompanyPrefix, StringComparison.OrdinalIgnoreCase) == true ? accountProperty[CompanyPrefix.Length..] : null;
        var dealProperty = companyProperty is null ? accountProperty : null;
        var mrrProperty = options.Setting("MrrProperty") ?? DefaultMrrProperty;
        string[] wanted = dealProperty is null ? [AmountProperty, CurrencyProperty, mrrProperty] : [AmountProperty, CurrencyProperty, mrrProperty, dealProperty];

        var found = await crm.FindAsync("deals", deal.Id, wanted, withCompanies: dealProperty is null, cancellationToken)
            ?? throw new EventIncompleteException($"HubSpot has no deal {deal.Id} (deleted or merged since the webhook)");
        var account = dealProperty is not null
            ? found.Property(dealProperty) ?? throw new EventIncompleteException($"HubSpot deal {deal.Id} has no {dealProperty}: set it and replay")
            : await AccountOfCompanyAsync(deal.Id, found, companyProperty, cancellationToken);

        var currency = found.Property(CurrencyProperty) ?? options.Setting("Currency");
        return canonicalEvent with
        {
            AccountId = account,
            Deal = deal with { Amount = Money(deal.Id, found, AmountProperty, currency), Mrr = Money(deal.Id, found, mrrProperty, currency), LookUpInSource = false },
        };
    }

    private async Task<string> AccountOfCompanyAsync(string dealId, HubSpotRecord deal, string? companyProperty, CancellationToken cancellationToken)
    {
        var companyId = deal.CompanyIds.FirstOrDefault()
            ?? throw new EventIncompleteException($"HubSpot deal {dealId} is associated with no company: associate it and replay");
        if (companyProperty is null) return companyId;
        var company = await crm.FindAsync("companies", companyId, [companyProperty], withCompanies: false, cancellationToken);
        return company?.Property(companyProperty)
            ?? throw new EventIncompleteException($"HubSpot company {companyId} of deal {dealId} has no {companyProperty}: set it and replay");
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
