using System.Text.Json;

namespace SupportSignals.Webhooks.Normalising;

/// <summary>
/// Admin-written payloads (Zendesk trigger webhooks, Freshdesk automation rules) as a flat name → text map, from a
/// JSON object or a form-encoded body alike.
/// </summary>
public static class FlatPayload
{
    public static IReadOnlyDictionary<string, string>? Read(WebhookRequest request, out string? error)
    {
        error = null;
        if (request.MediaType == "application/x-www-form-urlencoded")
        {
            if (!System.Text.Unicode.Utf8.IsValid(request.Body.Span))
            {
                error = "the body is not valid UTF-8";
                return null;
            }
            var form = System.Text.Encoding.UTF8.GetString(request.Body.Span);
            return form.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .GroupBy(pair => Uri.UnescapeDataString(pair[0].Replace('+', ' ')), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => Uri.UnescapeDataString(g.Last().ElementAtOrDefault(1)?.Replace('+', ' ') ?? ""), StringComparer.OrdinalIgnoreCase);
        }
        using var document = JsonPayload.Parse(request.Body, out error);
        if (document is null) return null;
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            error = "the body must be a JSON object";
            return null;
        }
        return document.RootElement.EnumerateObject()
            .Where(p => JsonRead.AsText(p.Value) is not null || p.Value.ValueKind == JsonValueKind.Array)
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Array ? string.Join(' ', VendorTags.Read(p.Value)) : JsonRead.AsText(p.Value)!, StringComparer.OrdinalIgnoreCase);
    }
}
