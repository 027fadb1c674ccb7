using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using global::Azure.Data.Tables;
using SupportSignals.Events;

namespace SupportSignals.Azure.Storage;

/// <summary>
/// Maps a product record to a table entity and back through its JSON shape, so every table has queryable
/// columns without per-type code: top-level values become properties (camelCase names), one level of nested
/// objects is flattened (<c>mrr_minor</c>, <c>mrr_currency</c>: money stays integer minor units + currency), and
/// lists or deeper objects are stored as JSON text under a <c>_json</c> suffix. Instants are stored in UTC ISO 8601,
/// so string comparison orders them.
/// </summary>
public static class EntityMapping
{
    private const string JsonSuffix = "_json";
    private const char NestedSeparator = '_';

    private static readonly JsonSerializerOptions Options = new(EventJson.Options) { Converters = { new UtcInstantConverter() } };

    public static TableEntity ToEntity<T>(string partition, string row, T record)
    {
        var entity = new TableEntity(partition, row);
        using var document = JsonSerializer.SerializeToDocument(record, Options);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.EnumerateObject().All(child => IsScalar(child.Value)))
            {
                foreach (var child in property.Value.EnumerateObject())
                    Set(entity, property.Name + NestedSeparator + child.Name, child.Value);
            }
            else if (IsScalar(property.Value))
            {
                Set(entity, property.Name, property.Value);
            }
            else
            {
                entity[property.Name + JsonSuffix] = property.Value.GetRawText();
            }
        }
        return entity;
    }

    public static T FromEntity<T>(TableEntity entity)
    {
        var json = new JsonObject();
        foreach (var (name, value) in entity)
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" || value is null) continue;
            if (name.EndsWith(JsonSuffix, StringComparison.Ordinal))
            {
                json[name[..^JsonSuffix.Length]] = JsonNode.Parse((string)value);
            }
            else if (name.IndexOf(NestedSeparator, StringComparison.Ordinal) is var split and > 0)
            {
                var parent = name[..split];
                if (json[parent] is not JsonObject nested) json[parent] = nested = new JsonObject();
                nested[name[(split + 1)..]] = Scalar(value);
            }
            else
            {
                json[name] = Scalar(value);
            }
        }
        return json.Deserialize<T>(Options)!;
    }

    /// <summary>
    /// The columns a record of type <typeparamref name="T"/> is stored in, for <see cref="SupportSignals.Storage.RecordQuery.Select"/>.
    /// Only for types of scalar properties: a nested object's columns depend on the values, not on the type.
    /// </summary>
    public static IReadOnlyList<string> Columns<T>()
    {
        // Type metadata comes from the resolver serialization would pick, which exists only once the options are sealed.
        Options.MakeReadOnly(populateMissingResolver: true);
        return
        [
            .. Options.GetTypeInfo(typeof(T)).Properties.Select(p => Options.GetTypeInfo(p.PropertyType).Kind == JsonTypeInfoKind.None
                ? p.Name
                : throw new ArgumentException($"{typeof(T).Name}.{p.Name} is not stored in one column of its own name.", nameof(T))),
        ];
    }

    private static bool IsScalar(JsonElement value) =>
        value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;

    private static void Set(TableEntity entity, string name, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String: entity[name] = value.GetString(); break;
            case JsonValueKind.Number when value.TryGetInt64(out var whole): entity[name] = whole; break;
            case JsonValueKind.Number: entity[name] = value.GetDouble(); break;
            case JsonValueKind.True or JsonValueKind.False: entity[name] = value.GetBoolean(); break;
        }
    }

    private static JsonNode? Scalar(object value) => value switch
    {
        string s => JsonValue.Create(s),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create(i),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        DateTimeOffset t => JsonValue.Create(t.ToUniversalTime()),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>Every instant is written in UTC so that stored strings sort and compare as times do.</summary>
    private sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
    }
}
