namespace SupportSignals.Events;

/// <summary>An amount in integer minor units (cents) of an ISO 4217 currency; never a float.</summary>
public sealed record Money(long Minor, string Currency)
{
    public static Money Zero(string currency) => new(0, currency);

    public Money Plus(Money other) => new(checked(Minor + SameCurrency(other).Minor), Currency);

    public Money Minus(Money other) => new(checked(Minor - SameCurrency(other).Minor), Currency);

    /// <summary>Annual figure of a monthly amount.</summary>
    public Money TimesTwelve() => new(checked(Minor * 12), Currency);

    private Money SameCurrency(Money other) =>
        string.Equals(Currency, other.Currency, StringComparison.OrdinalIgnoreCase)
            ? other
            : throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency} without a stated conversion.");
}
