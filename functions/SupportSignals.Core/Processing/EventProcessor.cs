using SupportSignals.Events;
using SupportSignals.Intake;

namespace SupportSignals.Processing;

/// <summary>Applies one event to every projection, then marks it processed in the inbox.</summary>
public sealed class EventProcessor(IEnumerable<IEventProjection> projections, IInbox inbox)
{
    private readonly IReadOnlyList<IEventProjection> _projections = [.. projections];

    public async Task ProcessAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default)
    {
        var known = new KnownRecords();
        foreach (var projection in _projections)
            await projection.ProjectAsync(canonicalEvent, known, cancellationToken);
        await inbox.MarkProcessedAsync(canonicalEvent, cancellationToken);
    }
}
