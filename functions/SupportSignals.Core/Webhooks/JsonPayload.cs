using System.Text.Json;

namespace SupportSignals.Webhooks;

/// <summary>Reads vendor JSON bodies defensively: bounded depth, a clear message when the bytes are not JSON.</summary>
public static class JsonPayload
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow };

    /// <returns>The document, or null with <paramref name="error"/> set; the caller disposes the document.</returns>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> body, out string? error)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            error = "the body is not valid UTF-8";
            return null;
        }
        try
        {
            error = null;
            return JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            error = $"the body is not valid JSON: {ex.Message}";
            return null;
        }
        catch (ArgumentException ex)
        {
            error = $"the body is not valid UTF-8 JSON: {ex.Message}";
            return null;
        }
    }

    /// <summary>A body that is one object, an array of objects, or an object with an array property named <paramref name="batchProperty"/>.</summary>
    public static IReadOnlyList<JsonElement> Items(JsonElement root, string batchProperty = "events") => root.ValueKind switch
    {
        JsonValueKind.Array => [.. root.EnumerateArray()],
        JsonValueKind.Object when root.TryGetProperty(batchProperty, out var batch) && batch.ValueKind == JsonValueKind.Array => [.. batch.EnumerateArray()],
        _ => [root],
    };
}
