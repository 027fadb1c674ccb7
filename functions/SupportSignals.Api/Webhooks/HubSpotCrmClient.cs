using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SupportSignals.Processing;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.HubSpot;

namespace SupportSignals.Api.Webhooks;

/// <summary>
/// HubSpot's CRM objects API over HTTP with the private app token in <c>Webhooks__hubspot__Settings__AccessToken</c>
/// (<c>Settings__ApiUrl</c> overrides https://api.hubapi.com). Rate limits (429), server errors and timeouts throw
/// <see cref="HttpRequestException"/>, so the queue retries the event; a refused token fails it with the fix named.
/// </summary>
public sealed class HubSpotCrmClient(IHttpClientFactory clients, SourceOptions? options) : IHubSpotCrm
{
    public const string ClientName = "hubspot-crm";
    private static readonly Uri DefaultApiUrl = new("https://api.hubapi.com/");

    public async Task<HubSpotRecord?> FindAsync(string objectType, string id, IReadOnlyCollection<string> properties, bool withCompanies, CancellationToken cancellationToken = default)
    {
        var baseUrl = options?.Setting("ApiUrl") is { } configured ? new Uri(configured.TrimEnd('/') + "/") : DefaultApiUrl;
        var query = $"properties={Uri.EscapeDataString(string.Join(',', properties))}{(withCompanies ? "&associations=companies" : "")}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, $"crm/v3/objects/{objectType}/{Uri.EscapeDataString(id)}?{query}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options?.Setting(HubSpotDealCompletion.AccessTokenSetting));
        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.NotFound:
                return null;
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                throw new EventIncompleteException($"HubSpot refused the access token ({(int)response.StatusCode}) reading {objectType} {id}: check Webhooks__hubspot__Settings__{HubSpotDealCompletion.AccessTokenSetting} and its crm.objects.{objectType}.read scope, then replay");
        }
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return Read(body.RootElement);
    }

    private static HubSpotRecord Read(JsonElement record)
    {
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (record.TryGetProperty("properties", out var values) && values.ValueKind == JsonValueKind.Object)
            foreach (var property in values.EnumerateObject())
                properties[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
        var companies = new List<string>();
        // Labelled and unlabelled associations list the same company twice.
        if (record.TryGetProperty("associations", out var associations) && associations.ValueKind == JsonValueKind.Object
            && associations.TryGetProperty("companies", out var linked) && linked.TryGetProperty("results", out var results))
            foreach (var company in results.EnumerateArray())
                if (company.TryGetProperty("id", out var companyId) && companyId.ToString() is { Length: > 0 } text && !companies.Contains(text))
                    companies.Add(text);
        return new HubSpotRecord(properties, companies);
    }
}
