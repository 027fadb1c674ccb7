using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Webhooks.Generic;

namespace SupportSignals.Tests.Reliability;

/// <summary>A generated corpus of hostile and broken requests: every one gets a 4xx problem, none a 5xx, and the host stays up.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BadInputCorpusTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private sealed record Case(string Name, byte[] Body, string? ContentType, Action<HttpRequestHeaders> Sign, bool Chunked = false);

    private static IEnumerable<Case> Corpus()
    {
        var valid = Encoding.UTF8.GetBytes(GenericWebhooks.NpsEvent("corpus-valid", 9));
        Action<HttpRequestHeaders> Signed(byte[] body, long? at = null, string? secret = null) => headers =>
        {
            var ts = at ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            headers.Add(GenericSource.TimestampHeader, $"{ts}");
            headers.Add(GenericSource.SignatureHeader, GenericSource.Sign(secret ?? RunningHost.GenericSecret, ts, body));
        };
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        foreach (var text in new[] { "", "{", "[", "null", "42", "\"x\"", "{\"id\":", "[1,2,3]", "{\"events\":{}}", "{\"type\":\"nps.responded\"}", "{\"id\":\"a\",\"type\":7}" })
        {
            var body = Encoding.UTF8.GetBytes(text);
            yield return new($"malformed JSON {text}", body, "application/json", Signed(body));
        }
        var nested = Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000));
        yield return new("deeply nested arrays", nested, "application/json", Signed(nested));
        var nestedObjects = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2000));
        yield return new("deeply nested objects", nestedObjects, "application/json", Signed(nestedObjects));
        byte[] invalidUtf8 = [0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D];
        yield return new("invalid UTF-8", invalidUtf8, "application/json", Signed(invalidUtf8));
        yield return new("no signature headers", valid, "application/json", _ => { });
        yield return new("empty signature", valid, "application/json", h => { h.Add(GenericSource.TimestampHeader, $"{now}"); h.Add(GenericSource.SignatureHeader, ""); });
        yield return new("duplicated signature headers", valid, "application/json", h =>
        {
            h.Add(GenericSource.TimestampHeader, $"{now}");
            h.TryAddWithoutValidation(GenericSource.SignatureHeader, [GenericSource.Sign(RunningHost.GenericSecret, now, valid), "sha256=00"]);
        });
        yield return new("duplicated timestamp headers", valid, "application/json", h =>
        {
            h.TryAddWithoutValidation(GenericSource.TimestampHeader, [$"{now}", $"{now}"]);
            h.Add(GenericSource.SignatureHeader, GenericSource.Sign(RunningHost.GenericSecret, now, valid));
        });
        yield return new("signature of another body", valid, "application/json", Signed(Encoding.UTF8.GetBytes("{}")));
        yield return new("wrong secret", valid, "application/json", Signed(valid, secret: "not-the-secret-0123456789"));
        yield return new("stale timestamp", valid, "application/json", Signed(valid, now - 3600));
        yield return new("future timestamp", valid, "application/json", Signed(valid, now + 3600));
        yield return new("timestamp not a number", valid, "application/json", h => { h.Add(GenericSource.TimestampHeader, "yesterday"); h.Add(GenericSource.SignatureHeader, "sha256=00"); });
        yield return new("huge timestamp", valid, "application/json", h => { h.Add(GenericSource.TimestampHeader, "99999999999999999999999"); h.Add(GenericSource.SignatureHeader, "sha256=00"); });
        yield return new("non-hex signature", valid, "application/json", h => { h.Add(GenericSource.TimestampHeader, $"{now}"); h.Add(GenericSource.SignatureHeader, "sha256=" + new string('z', 64)); });
        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" })
            yield return new($"content type {type}", valid, type, Signed(valid));
        yield return new("no content type", valid, null, Signed(valid));
        var oversize = new byte[(1024 * 1024) + 1];
        Array.Fill(oversize, (byte)' ');
        yield return new("oversize with length", oversize, "application/json", Signed(oversize));
        yield return new("oversize chunked", oversize, "application/json", Signed(oversize), Chunked: true);
    }

    [Fact]
    public async Task Every_bad_request_gets_a_4xx_problem_and_the_host_stays_up()
    {
        var failures = new List<string>();
        foreach (var c in Corpus())
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/generic")
            {
                Content = c.Chunked ? new StreamContent(new MemoryStream(c.Body)) : new ByteArrayContent(c.Body),
            };
            if (c.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
            if (c.Chunked) request.Headers.TransferEncodingChunked = true;
            c.Sign(request.Headers);
            using var response = await _host.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status is < 400 or >= 500 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{c.Name}: {status} {response.Content.Headers.ContentType}");
        }

        Assert.Empty(failures);
        var health = await _host.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var accepted = await GenericWebhooks.PostAsync(_host.Client, GenericWebhooks.NpsEvent("after-corpus", 9));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }
}
