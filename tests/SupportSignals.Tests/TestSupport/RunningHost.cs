using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Azure.Processing;
using SupportSignals.Azure.Storage;
using SupportSignals.Host;

namespace SupportSignals.Tests.TestSupport;

/// <summary>The real local host on Kestrel, on a free loopback port, against the given storage.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    public const string ApiKey = "test-api-key-0123456789";
    public const string GenericSecret = "test-generic-secret-0123456789";

    private readonly WebApplication _app;

    private RunningHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public StorageClients Storage => Services.GetRequiredService<StorageClients>();

    /// <summary>Waits until every queued message has been processed (the depth counts messages in flight too).</summary>
    public Task DrainedAsync() => Eventually.ReturnsAsync(() => Services.GetRequiredService<StorageEventQueue>().DepthAsync(), depth => depth == 0);

    public static async Task<RunningHost> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["SettingsFile"] = "/nonexistent/local.settings.json",
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:Prefix"] = AzuriteFixture.NewPrefix(),
            ["Api:Keys"] = ApiKey,
            ["Webhooks:generic:Secret"] = GenericSecret,
            ["Processing:MaxAttempts"] = "3",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        var app = LocalHost.Build([.. all.Select(kv => $"--{kv.Key}={kv.Value}")]);
        await app.StartAsync();
        return new RunningHost(app, new Uri(LoopbackServer.AddressOf(app)));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
