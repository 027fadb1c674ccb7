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
        if (canonicalEvent.Deal is { LookUpInSource: true } deal)
            throw new EventIncompleteException($"deal {deal.Id} from {canonicalEvent.Source} names no account and nothing here looks up that source's deals");
        var known = new KnownRecords();
        foreach (var projection in _projections)
            await projection.ProjectAsync(canonicalEvent, known, cancellationToken);
    }
}
