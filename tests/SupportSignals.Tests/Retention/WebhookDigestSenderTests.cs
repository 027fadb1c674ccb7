using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using SupportSignals.Api.Summaries;
using SupportSignals.Retention;
using SupportSignals.Tests.TestSupport;
using static SupportSignals.Tests.Retention.SummaryDataSet;

namespace SupportSignals.Tests.Retention;

/// <summary>The digest against a local Kestrel webhook that fails before it succeeds, or always fails.</summary>
public sealed class WebhookDigestSenderTests
{
    [Fact]
    public async Task A_failing_webhook_is_retried_until_it_accepts_the_digest()
    {
        await using var hook = await Hook.StartAsync(failures: 2);

        var delivered = await Sender(hook.Url, "slack").SendAsync(await SummaryAsync());

        Assert.True(delivered);
        Assert.Equal(3, hook.Requests.Count);
        var text = JsonDocument.Parse(hook.Requests[^1]).RootElement.GetProperty("text").GetString()!;
        Assert.StartsWith("SupportSignals, 2026-11-20", text, StringComparison.Ordinal);
        Assert.Contains("NPS 16.7", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_that_always_fails_costs_the_attempts_and_never_an_exception()
    {
        await using var hook = await Hook.StartAsync(failures: int.MaxValue);

        var delivered = await Sender(hook.Url, "teams").SendAsync(await SummaryAsync());

        Assert.False(delivered);
        Assert.Equal(3, hook.Requests.Count);
        var card = JsonDocument.Parse(hook.Requests[0]).RootElement.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", card.GetProperty("content").GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_nightly_run_completes_and_stores_its_summary_when_the_digest_cannot_be_delivered()
    {
        await using var hook = await Hook.StartAsync(failures: int.MaxValue);
        var world = await LoadAsync(new SummaryWorld(Sender(hook.Url, "slack")));

        var runs = await world.Job.CatchUpAsync();

        Assert.Equal([Day], runs.Select(r => r.Summary.Date));
        Assert.NotNull(await world.Archive.FindAsync(Day));
        Assert.Equal(3, hook.Requests.Count);
    }

    [Fact]
    public async Task Without_a_url_nothing_is_sent()
    {
        Assert.False(await Sender(null, "slack").SendAsync(await SummaryAsync()));
    }

    private static async Task<DailySummary> SummaryAsync() => (await (await LoadAsync()).Job.RunAsync(Day)).Summary;

    private static WebhookDigestSender Sender(string? url, string format) =>
        new(new HttpClient { Timeout = TimeSpan.FromSeconds(5) },
            new SummaryOptions { DigestUrl = url, DigestFormat = format, DigestAttempts = 3, DigestRetryDelaySeconds = 0.05 },
            TimeProvider.System, NullLogger<WebhookDigestSender>.Instance);

    /// <summary>An incoming-webhook stand-in: answers 503 to the first <c>failures</c> posts, then 200.</summary>
    private sealed class Hook : IAsyncDisposable
    {
        private LoopbackServer _server = null!;

        public List<string> Requests { get; } = [];

        public string Url => _server.Url + "hook";

        public static async Task<Hook> StartAsync(int failures)
        {
            var hook = new Hook();
            hook._server = await LoopbackServer.StartAsync(app => app.MapPost("/hook", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync();
                lock (hook.Requests)
                {
                    hook.Requests.Add(body);
                    return hook.Requests.Count <= failures ? Results.StatusCode(503) : Results.Ok();
                }
            }));
            return hook;
        }

        public ValueTask DisposeAsync() => _server.DisposeAsync();
    }
}
