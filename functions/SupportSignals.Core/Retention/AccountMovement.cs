using System.Text.Json.Serialization;
using SupportSignals.Customers;
using SupportSignals.Events;

namespace SupportSignals.Retention;

[JsonConverter(typeof(JsonStringEnumConverter<Movement>))]
public enum Movement
{
    /// <summary>Still a customer at the same MRR.</summary>
    [JsonStringEnumMemberName("flat")] Flat,
    [JsonStringEnumMemberName("expanded")] Expanded,
    [JsonStringEnumMemberName("contracted")] Contracted,
    [JsonStringEnumMemberName("churned")] Churned,
    /// <summary>Still a customer, now billed in another currency: kept at its starting MRR, never converted.</summary>
    [JsonStringEnumMemberName("currency_changed")] CurrencyChanged,
}

/// <summary>What became of one account of a period's starting cohort: the record behind every retention figure.</summary>
public sealed record AccountMovement(string AccountId, string? Plan, string? Region, Movement Movement, Money StartMrr, Money? EndMrr, string? EndStatus)
{
    /// <summary>
    /// The starting cohort is every customer (active, trialing, past due) at the start; a customer at the end is
    /// retained whatever happened in between (one who churned and came back is retained); new customers do not count.
    /// </summary>
    public static IReadOnlyList<AccountMovement> Between(IReadOnlyDictionary<string, AccountState> start, IReadOnlyDictionary<string, AccountState> end) =>
    [
        .. start.Values
            .Where(account => account.IsCustomer && account.Mrr is not null)
            .OrderBy(account => account.Id, StringComparer.Ordinal)
            .Select(account => Of(account, end.GetValueOrDefault(account.Id))),
    ];

    private static AccountMovement Of(AccountState start, AccountState? end)
    {
        var from = start.Mrr!;
        if (end is not { IsCustomer: true, Mrr: { } to })
            return new(start.Id, start.Plan, start.Region, Movement.Churned, from, end?.Mrr, end?.SubscriptionStatus);
        var movement = !string.Equals(to.Currency, from.Currency, StringComparison.OrdinalIgnoreCase) ? Movement.CurrencyChanged
            : to.Minor > from.Minor ? Movement.Expanded
            : to.Minor < from.Minor ? Movement.Contracted
            : Movement.Flat;
        return new(start.Id, start.Plan, start.Region, movement, from, to, end.SubscriptionStatus);
    }
}
