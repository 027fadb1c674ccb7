using global::Azure.Core;
using global::Azure.Data.Tables;
using global::Azure.Identity;
using global::Azure.Storage.Blobs;
using global::Azure.Storage.Queues;

namespace SupportSignals.Azure.Storage;

/// <summary>
/// The service clients, built once (they are thread-safe). Retries are few and timeouts short (see
/// <see cref="StorageOptions.NetworkTimeoutSeconds"/>).
/// </summary>
public sealed class StorageClients
{
    public StorageClients(StorageOptions options)
    {
        Options = options;
        var timeout = TimeSpan.FromSeconds(options.NetworkTimeoutSeconds);
        var tableOptions = Configure(new TableClientOptions(), timeout);
        var queueOptions = Configure(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, timeout);
        var blobOptions = Configure(new BlobClientOptions(), timeout);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Tables = new TableServiceClient(options.ConnectionString, tableOptions);
            Queues = new QueueServiceClient(options.ConnectionString, queueOptions);
            Blobs = new BlobServiceClient(options.ConnectionString, blobOptions);
        }
        else if (!string.IsNullOrWhiteSpace(options.AccountName))
        {
            TokenCredential credential = string.IsNullOrWhiteSpace(options.ClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
            Tables = new TableServiceClient(new Uri($"https://{options.AccountName}.table.core.windows.net"), credential, tableOptions);
            Queues = new QueueServiceClient(new Uri($"https://{options.AccountName}.queue.core.windows.net"), credential, queueOptions);
            Blobs = new BlobServiceClient(new Uri($"https://{options.AccountName}.blob.core.windows.net"), credential, blobOptions);
        }
        else
        {
            throw new InvalidOperationException("Storage is not configured: set Storage__ConnectionString, or Storage__AccountName (with Identity__ClientId) in Azure.");
        }
    }

    public StorageOptions Options { get; }
    public TableServiceClient Tables { get; }
    public QueueServiceClient Queues { get; }
    public BlobServiceClient Blobs { get; }

    public TableClient Table(string name) => Tables.GetTableClient(Options.Table(name));

    private static T Configure<T>(T options, TimeSpan networkTimeout) where T : global::Azure.Core.ClientOptions
    {
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = networkTimeout;
        return options;
    }
}
