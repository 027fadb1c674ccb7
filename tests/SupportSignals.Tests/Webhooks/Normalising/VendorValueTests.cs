using System.Text.Json;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Tests.Webhooks.Normalising;

public sealed class VendorValueTests
{
    [Theory]
    [InlineData("1790000000", 1790000000000)]
    [InlineData("1790000000123", 1790000000123)]
    [InlineData("1790000000.5", 1790000000500)]
    [InlineData("\"2026-09-21T14:13:20Z\"", 1790000000000)]
    [InlineData("\"2026-09-21T16:13:20+02:00\"", 1790000000000)]
    public void Times_in_every_unit_mean_the_same_instant(string json, long unixMilliseconds) =>
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds), VendorTime.Read(JsonDocument.Parse(json).RootElement));

    [Theory]
    [InlineData("[\"SQL\",\" vip \",\"sql\"]", "sql,vip")]
    [InlineData("[{\"name\":\"Billing\"}]", "billing")]
    [InlineData("\"sql billing,renewal\"", "sql,billing,renewal")]
    public void Tags_in_every_format_normalise_to_lower_case_distinct_names(string json, string expected) =>
        Assert.Equal(expected.Split(','), VendorTags.Read(JsonDocument.Parse(json).RootElement));

    [Theory]
    [InlineData("good_bad", "good", true)]
    [InlineData("good_bad", "Bad", false)]
    [InlineData("1-5", "4", true)]
    [InlineData("1-5", "3", false)]
    [InlineData("1-5", "6", null)]
    [InlineData("great_okay_not_good", "Great", true)]
    [InlineData("great_okay_not_good", "Okay", false)]
    [InlineData("great_okay_not_good", "not good", false)]
    public void CSAT_scales_follow_the_domain_definition(string scale, string value, bool? satisfied) =>
        Assert.Equal(satisfied, CsatScale.Satisfied(scale, value));

    [Theory]
    [InlineData("49.90", "eur", 4990, "EUR")]
    [InlineData("4990", "JPY", 4990, "JPY")]
    [InlineData("1.2345", "KWD", 1235, "KWD")]
    public void Decimal_amounts_become_minor_units_by_currency_exponent(string amount, string currency, long minor, string code)
    {
        var money = MinorUnits.FromDecimal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency);
        Assert.Equal((minor, code), (money.Minor, money.Currency));
    }
}
