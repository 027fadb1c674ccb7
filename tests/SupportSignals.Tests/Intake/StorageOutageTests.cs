using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Intake;

/// <summary>When storage is down nothing is acknowledged: 503 with Retry-After, never a 2xx.</summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task With_storage_unreachable_a_valid_webhook_gets_503_with_Retry_After_and_health_says_unreachable()
    {
        var closedPort = FreePort.Next();
        var unreachable = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;";
        await using var host = await RunningHost.StartAsync(unreachable);

        var response = await GenericWebhooks.PostAsync(host.Client, GenericWebhooks.NpsEvent("outage-1", 9));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://supportsignals.dev/problems/storage-unavailable", problem.GetProperty("type").GetString());
        var health = await host.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Fact]
    public async Task A_host_that_started_while_storage_was_down_accepts_webhooks_once_storage_is_back()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        await azurite.StopAsync();
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString);
        var whileDown = await GenericWebhooks.PostAsync(host.Client, GenericWebhooks.NpsEvent("late-storage", 9));

        await azurite.StartAsync();
        var afterwards = await GenericWebhooks.PostAsync(host.Client, GenericWebhooks.NpsEvent("late-storage", 9));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, afterwards.StatusCode);
    }
}
