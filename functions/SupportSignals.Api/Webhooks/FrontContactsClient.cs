using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SupportSignals.Processing;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.Front;

namespace SupportSignals.Api.Webhooks;

/// <summary>
/// Front's contacts API over HTTP with the API token in <c>Webhooks__front__Settings__AccessToken</c>
/// (<c>Settings__ApiUrl</c> overrides https://api2.frontapp.com). Rate limits (429), server errors and timeouts throw
/// <see cref="HttpRequestException"/>, so the queue retries the event; a refused token fails it with the fix named.
/// </summary>
public sealed class FrontContactsClient(IHttpClientFactory clients, SourceOptions? options) : IFrontContacts
{
    public const string ClientName = "front-contacts";
    private static readonly Uri DefaultApiUrl = new("https://api2.frontapp.com/");

    private readonly Uri _apiUrl = options?.Setting("ApiUrl") is { } configured ? new Uri(configured.TrimEnd('/') + "/") : DefaultApiUrl;
    private readonly string? _token = options?.Setting(FrontCompletion.AccessTokenSetting);

    public async Task<FrontContact?> FindAsync(string alias, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_apiUrl, "contacts/" + PathOf(alias)));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.NotFound:
                return null;
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                throw new EventIncompleteException($"Front refused the API token ({(int)response.StatusCode}) reading a contact: check Webhooks__front__Settings__{FrontCompletion.AccessTokenSetting} and its access to contacts, then replay");
        }
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return Read(body.RootElement);
    }

    /// <summary>The alias's parts escaped, its colons kept: a '+' or '@' of the handle must not reach Front as written.</summary>
    private static string PathOf(string alias) => string.Join(':', alias.Split(':', 3).Select(Uri.EscapeDataString));

    private static FrontContact Read(JsonElement contact)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (contact.TryGetProperty("custom_fields", out var values) && values.ValueKind == JsonValueKind.Object)
            foreach (var field in values.EnumerateObject())
                if (field.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                    fields[field.Name] = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : field.Value.GetRawText();
        return new FrontContact(contact.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "", fields);
    }
}
