using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using SupportSignals.Events;
using SupportSignals.Intake;

namespace SupportSignals.Functions.Processing;

/// <summary>
/// Sends accepted events to Service Bus with MessageId = the event's dedupe key, so the queue's duplicate
/// detection drops a redelivery inside its window ([ServiceBusOutput] cannot set MessageId, hence a sender).
/// The inbox still dedupes for good; the broker's window is only a first line.
/// </summary>
public sealed class ServiceBusEventQueue : IEventQueue, IAsyncDisposable
{
    private readonly ServiceBusClient _client;
    private readonly ServiceBusSender _sender;

    public ServiceBusEventQueue(IConfiguration configuration)
    {
        var clientId = configuration["ServiceBus:clientId"] ?? configuration["Identity:ClientId"];
        _client = new ServiceBusClient(configuration["ServiceBus:fullyQualifiedNamespace"],
            string.IsNullOrEmpty(clientId) ? new DefaultAzureCredential() : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)));
        _sender = _client.CreateSender(configuration["Queues:Events"] ?? "events");
    }

    public async Task EnqueueAsync(IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        try
        {
            await _sender.SendMessagesAsync(events.Select(e => new ServiceBusMessage(EventJson.Serialize(e))
            {
                MessageId = MessageIdOf(e),
                ContentType = "application/json",
                Subject = e.Type.ToString(),
            }), cancellationToken);
        }
        catch (ServiceBusException ex) when (ex.IsTransient)
        {
            throw new StorageUnavailableException("Service Bus is unavailable.", ex);
        }
    }

    // Service Bus message ids hold at most 128 characters; longer keys are hashed, still stable per event.
    private static string MessageIdOf(CanonicalEvent e) =>
        e.DedupeKey.Length <= 128 ? e.DedupeKey : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(e.DedupeKey)));

    public async ValueTask DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _client.DisposeAsync();
    }
}
