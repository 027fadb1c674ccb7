namespace SupportSignals.Azure.Storage;

/// <summary>
/// Where Table, Queue and Blob storage live: a connection string locally (Azurite), or an account name reached
/// by managed identity in Azure (<c>Storage__AccountName</c> + <c>Identity__ClientId</c>).
/// </summary>
public sealed class StorageOptions
{
    public string? ConnectionString { get; set; }
    public string? AccountName { get; set; }
    /// <summary>Client id of the user-assigned managed identity; empty means DefaultAzureCredential.</summary>
    public string? ClientId { get; set; }
    /// <summary>Prefix for every table, queue and container name, so test runs and tenants never collide.</summary>
    public string Prefix { get; set; } = "";
    public string EventsQueue { get; set; } = "events";
    /// <summary>
    /// How long one storage call may take before it is retried (<c>Storage__NetworkTimeoutSeconds</c>). Short by
    /// default: a webhook sender gives up after 5–10 s, so an outage must become a 503 quickly, not a hung request.
    /// </summary>
    public double NetworkTimeoutSeconds { get; set; } = 5;

    public string Table(string name) => Prefix + name;

    /// <summary>Queue and container names must be lower-case.</summary>
    public string Lower(string name) => (Prefix + name).ToLowerInvariant();
}
