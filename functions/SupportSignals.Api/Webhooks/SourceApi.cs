using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SupportSignals.Processing;
using SupportSignals.Webhooks;

namespace SupportSignals.Api.Webhooks;

/// <summary>
/// A read from a source's own REST API with a bearer token, as completing its webhooks needs it: 404 is "no such
/// record" (null); a refused token (401/403) fails the event with the fix named, since retrying cannot help; rate
/// limits, server errors and timeouts throw <see cref="HttpRequestException"/>, so the queue retries the event.
/// </summary>
internal static class SourceApi
{
    /// <summary>The source's <c>Settings__ApiUrl</c> (tests point it at a local server), else its public API.</summary>
    public static Uri BaseUrl(SourceOptions? options, Uri publicApi) =>
        options?.Setting("ApiUrl") is { } configured ? new Uri(configured.TrimEnd('/') + "/") : publicApi;

    /// <param name="refused">The failure's reason for a refused token, given the status code; it must not contain the token.</param>
    public static async Task<T?> GetAsync<T>(HttpClient client, Uri url, string? token, Func<int, string> refused, Func<JsonElement, T> read, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.NotFound:
                return null;
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                throw new EventIncompleteException(refused((int)response.StatusCode));
        }
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return read(body.RootElement);
    }
}
