using System.Globalization;

namespace SupportSignals.Webhooks.Normalising;

/// <summary>
/// Each source's CSAT scale onto DOMAIN.md's definition: satisfied = 4–5 on a 1–5 scale, "good" on good/bad,
/// "great" on great/okay/not_good (Help Scout). Returns null for a value the scale does not know.
/// </summary>
public static class CsatScale
{
    public const string GoodBad = "good_bad";
    public const string OneToFive = "1-5";
    public const string GreatOkayNotGood = "great_okay_not_good";

    public static bool? Satisfied(string scale, string value)
    {
        var normalised = value.Trim().ToLowerInvariant().Replace(' ', '_');
        return scale switch
        {
            GoodBad => normalised switch { "good" => true, "bad" => false, _ => null },
            GreatOkayNotGood => normalised switch { "great" => true, "okay" or "ok" or "not_good" => false, _ => null },
            OneToFive => int.TryParse(normalised, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5
                ? score >= 4
                : null,
            _ => null,
        };
    }
}
