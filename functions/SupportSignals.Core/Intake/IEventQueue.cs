using SupportSignals.Events;

namespace SupportSignals.Intake;

/// <summary>Hands accepted events to processing: a Storage queue locally, Service Bus in Azure.</summary>
public interface IEventQueue
{
    Task EnqueueAsync(IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default);
}
