using System.Text.Json;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.HubSpot;

namespace SupportSignals.Api.Webhooks;

/// <summary>
/// HubSpot's CRM objects API over HTTP with the private app token in <c>Webhooks__hubspot__Settings__AccessToken</c>
/// (<c>Settings__ApiUrl</c> overrides https://api.hubapi.com); failures as <see cref="SourceApi"/> says.
/// </summary>
public sealed class HubSpotCrmClient(IHttpClientFactory clients, SourceOptions? options) : IHubSpotCrm
{
    public const string ClientName = "hubspot-crm";
    private static readonly Uri DefaultApiUrl = new("https://api.hubapi.com/");

    private readonly Uri _apiUrl = SourceApi.BaseUrl(options, DefaultApiUrl);
    private readonly string? _token = options?.Setting(HubSpotCompletion.AccessTokenSetting);

    public Task<HubSpotRecord?> FindAsync(string objectType, string id, IReadOnlyCollection<string> properties, IReadOnlyCollection<string> associations, CancellationToken cancellationToken = default)
    {
        var query = $"properties={Uri.EscapeDataString(string.Join(',', properties))}{(associations.Count > 0 ? "&associations=" + Uri.EscapeDataString(string.Join(',', associations)) : "")}";
        return SourceApi.GetAsync(clients.CreateClient(ClientName), new Uri(_apiUrl, $"crm/v3/objects/{objectType}/{Uri.EscapeDataString(id)}?{query}"), _token,
            status => $"HubSpot refused the access token ({status}) reading {objectType} {id}: check Webhooks__hubspot__Settings__{HubSpotCompletion.AccessTokenSetting} and its crm.objects.{objectType}.read scope, then replay",
            Read, cancellationToken);
    }

    private static HubSpotRecord Read(JsonElement record)
    {
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (record.TryGetProperty("properties", out var values) && values.ValueKind == JsonValueKind.Object)
            foreach (var property in values.EnumerateObject())
                properties[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
        var associated = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (record.TryGetProperty("associations", out var associations) && associations.ValueKind == JsonValueKind.Object)
            foreach (var type in associations.EnumerateObject())
            {
                var ids = new List<string>();
                // Labelled and unlabelled associations list the same record twice.
                if (type.Value.ValueKind == JsonValueKind.Object && type.Value.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
                    foreach (var linked in results.EnumerateArray())
                        if (linked.TryGetProperty("id", out var linkedId) && linkedId.ToString() is { Length: > 0 } text && !ids.Contains(text))
                            ids.Add(text);
                associated[type.Name] = ids;
            }
        return new HubSpotRecord(properties, associated);
    }
}
