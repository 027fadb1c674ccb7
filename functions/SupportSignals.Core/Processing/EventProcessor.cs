using SupportSignals.Events;
using SupportSignals.Intake;

namespace SupportSignals.Processing;

/// <summary>Admits events to the inbox; applies one event to every projection, then marks it processed there.</summary>
public sealed class EventProcessor(IEnumerable<IEventProjection> projections, IInbox inbox)
{
    private readonly IReadOnlyList<IEventProjection> _projections = [.. projections];

    /// <returns>Per event, in order: whether it still needs processing — not when the inbox has it processed already,
    /// nor when it repeats an earlier event of the same list (a redelivery that arrived alongside the original).</returns>
    public async Task<IReadOnlyList<bool>> AdmitAsync(IReadOnlyList<CanonicalEvent> events, CancellationToken cancellationToken = default)
    {
        var admissions = await inbox.AdmitAsync(events, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. events.Select((e, i) => admissions[i] != Admission.DuplicateProcessed && seen.Add(e.DedupeKey))];
    }

    public async Task ProcessAsync(CanonicalEvent canonicalEvent, CancellationToken cancellationToken = default)
    {
        var known = new KnownRecords();
        foreach (var projection in _projections)
            await projection.ProjectAsync(canonicalEvent, known, cancellationToken);
        await inbox.MarkProcessedAsync(canonicalEvent, cancellationToken);
    }
}
