using SupportSignals.Events;

namespace SupportSignals.Processing;

/// <summary>Completes one event from its source where the webhook left something out, then applies it to every projection.</summary>
public sealed class EventProcessor(IEnumerable<IEventProjection> projections, IEnumerable<IEventCompletion> completions)
{
    private readonly IReadOnlyList<IEventProjection> _projections = [.. projections];
    private readonly IReadOnlyList<IEventCompletion> _completions = [.. completions];

    public async Task ProcessAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default)
    {
        foreach (var completion in _completions)
            canonicalEvent = await completion.CompleteAsync(canonicalEvent, cancellationToken);
        if (canonicalEvent.LookUpInSource)
            throw new EventIncompleteException($"event {canonicalEvent.Id} from {canonicalEvent.Source} waits for a look-up in its source that nothing here makes");
        var known = new KnownRecords();
        foreach (var projection in _projections)
            await projection.ProjectAsync(canonicalEvent, known, cancellationToken);
    }
}
