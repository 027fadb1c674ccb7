using System.Net.Http.Headers;
using System.Text;
using SupportSignals.Webhooks.Generic;

namespace SupportSignals.Tests.TestSupport;

/// <summary>Posts bodies to the generic source, signed as a real sender would sign them.</summary>
public static class GenericWebhooks
{
    /// <param name="chunked">Sends the body without a Content-Length, in chunks, as some senders stream it.</param>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string json, string secret = RunningHost.GenericSecret, DateTimeOffset? signedAt = null, bool chunked = false)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/generic") { Content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body) };
        request.Headers.TransferEncodingChunked = chunked;
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(GenericSource.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(GenericSource.SignatureHeader, GenericSource.Sign(secret, timestamp, body));
        return client.SendAsync(request);
    }

    public static string NpsEvent(string id, int score, string? comment = null, string account = "acc-1", string contact = "con-1", string at = "2026-11-20T10:00:00Z") =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            id,
            type = "nps.responded",
            occurredAt = at,
            accountId = account,
            contactId = contact,
            nps = new { responseId = id, score, comment },
        });
}
