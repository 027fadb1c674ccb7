using System.Text.Json;
using SupportSignals.Webhooks;
using SupportSignals.Webhooks.Front;

namespace SupportSignals.Api.Webhooks;

/// <summary>
/// Front's contacts API over HTTP with the API token in <c>Webhooks__front__Settings__AccessToken</c>
/// (<c>Settings__ApiUrl</c> overrides https://api2.frontapp.com); failures as <see cref="SourceApi"/> says.
/// </summary>
public sealed class FrontContactsClient(IHttpClientFactory clients, SourceOptions? options) : IFrontContacts
{
    public const string ClientName = "front-contacts";
    private static readonly Uri DefaultApiUrl = new("https://api2.frontapp.com/");

    private readonly Uri _apiUrl = SourceApi.BaseUrl(options, DefaultApiUrl);
    private readonly string? _token = options?.Setting(FrontCompletion.AccessTokenSetting);

    public Task<FrontContact?> FindAsync(string alias, CancellationToken cancellationToken = default) =>
        SourceApi.GetAsync(clients.CreateClient(ClientName), new Uri(_apiUrl, "contacts/" + PathOf(alias)), _token,
            status => $"Front refused the API token ({status}) reading a contact: check Webhooks__front__Settings__{FrontCompletion.AccessTokenSetting} and its access to contacts, then replay",
            Read, cancellationToken);

    /// <summary>The alias's parts escaped, its colons kept: a '+' or '@' of the handle must not reach Front as written.</summary>
    private static string PathOf(string alias) => string.Join(':', alias.Split(':', 3).Select(Uri.EscapeDataString));

    private static FrontContact Read(JsonElement contact)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (contact.TryGetProperty("custom_fields", out var values) && values.ValueKind == JsonValueKind.Object)
            foreach (var field in values.EnumerateObject())
                if (field.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                    fields[field.Name] = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : field.Value.GetRawText();
        return new FrontContact(fields);
    }
}
