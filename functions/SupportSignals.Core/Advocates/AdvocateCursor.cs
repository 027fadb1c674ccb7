using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SupportSignals.Advocates;

/// <summary>
/// The continuation token of the advocate list: the instant the first page was ranked at (so later pages rank the
/// same way) and the last entry returned (score, contact id), after which the next page starts.
/// </summary>
public sealed record AdvocateCursor(DateTimeOffset AsOf, double Score, string ContactId)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        $"{AsOf.ToUnixTimeMilliseconds()}|{Score.ToString("R", CultureInfo.InvariantCulture)}|{ContactId}"));

    /// <returns>The cursor, or null when the token is not one this endpoint issued.</returns>
    public static AdvocateCursor? Decode(string token)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|', 3);
            return parts.Length == 3
                   && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var unixMs)
                   && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
                   && parts[2].Length > 0
                ? new AdvocateCursor(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), score, parts[2])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="advocate"/> ranks after this cursor.</summary>
    public bool Precedes(Advocate advocate) =>
        advocate.Score.Total < Score || (advocate.Score.Total == Score && string.CompareOrdinal(advocate.Contact.Id, ContactId) > 0);
}
