namespace SupportSignals.Intake;

/// <summary>
/// Which request headers are worth keeping with a raw delivery: those that sign or identify it. Credentials
/// (Authorization, cookies, shared-secret headers, function keys) are never archived.
/// </summary>
public static class ArchivedHeaders
{
    private static readonly string[] Kept = ["signature", "timestamp", "event", "topic", "delivery", "webhook", "request-id", "content-type", "user-agent"];
    private static readonly string[] Never = ["authorization", "cookie", "key", "secret", "token", "password"];

    public static IReadOnlyDictionary<string, string> Select(IReadOnlyDictionary<string, string> headers)
    {
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            var lower = name.ToLowerInvariant();
            if (Kept.Any(lower.Contains) && !Never.Any(lower.Contains)) kept[name] = value;
        }
        return kept;
    }
}
