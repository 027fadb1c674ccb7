using System.Text;

namespace SupportSignals.Storage;

/// <summary>
/// Table keys must not contain '/', '\', '#', '?' or control characters; vendor ids can. Escaping keeps keys
/// readable and reversible, and sortable time prefixes keep range queries cheap.
/// </summary>
public static class StorageKeys
{
    public static string Escape(string value)
    {
        if (value.All(IsAllowed)) return value;
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (IsAllowed(c)) escaped.Append(c);
            else escaped.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }

    /// <summary>A UTC instant as a row-key prefix that sorts chronologically.</summary>
    public static string Time(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A UTC calendar day as a partition key: "20261122".</summary>
    public static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A stable small shard number (0..shards-1) to spread a hot partition.</summary>
    public static int Shard(string value, int shards)
    {
        var hash = 2166136261u;
        foreach (var c in value) hash = (hash ^ c) * 16777619u;
        return (int)(hash % (uint)shards);
    }

    private static bool IsAllowed(char c) => c is not ('/' or '\\' or '#' or '?' or '%') && !char.IsControl(c);
}
