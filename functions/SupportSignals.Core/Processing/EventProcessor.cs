using SupportSignals.Events;

namespace SupportSignals.Processing;

/// <summary>Applies one event to every projection.</summary>
public sealed class EventProcessor(IEnumerable<IEventProjection> projections)
{
    private readonly IReadOnlyList<IEventProjection> _projections = [.. projections];

    public async Task ProcessAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default)
    {
        var known = new KnownRecords();
        foreach (var projection in _projections)
            await projection.ProjectAsync(canonicalEvent, known, cancellationToken);
    }
}
