using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportSignals.Events;

/// <summary>The one JSON shape for canonical events: on the wire (generic source), in the inbox and on the queue.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 32,
    };

    public static string Serialize(CanonicalEvent canonicalEvent) => JsonSerializer.Serialize(canonicalEvent, Options);

    public static CanonicalEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<CanonicalEvent>(json, Options) ?? throw new JsonException("The event JSON is null.");

    /// <summary>A queue message carries one event, or several packed as a JSON array (group commit).</summary>
    public static IReadOnlyList<CanonicalEvent> DeserializeMessage(string json) =>
        json.AsSpan().TrimStart().StartsWith("[")
            ? JsonSerializer.Deserialize<CanonicalEvent[]>(json, Options) is { } events && events.All(e => e is not null)
                ? events
                : throw new JsonException("The message holds a null event.")
            : [Deserialize(json)];
}
