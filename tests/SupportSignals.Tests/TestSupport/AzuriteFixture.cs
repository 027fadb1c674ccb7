using SupportSignals.Azure.Storage;

namespace SupportSignals.Tests.TestSupport;

/// <summary>One Azurite for the whole test run; each test isolates itself with its own table/queue prefix.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public string ConnectionString => Azurite.ConnectionString;

    public async Task InitializeAsync() => Azurite = await AzuriteProcess.StartNewAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();

    /// <summary>Storage clients whose every table, queue and container name starts with a fresh prefix.</summary>
    public StorageClients NewClients() => new(new StorageOptions { ConnectionString = ConnectionString, Prefix = NewPrefix() });

    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
