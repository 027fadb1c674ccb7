using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Storage;

namespace SupportSignals.Retention;

/// <summary>Files every subscription change and profile update under its day (idempotent: keyed by the event).</summary>
public sealed class MrrChangeProjection(IRecordStore<MrrChange> changes, DayMarks marks) : IEventProjection
{
    public async Task ProjectAsync(CanonicalEvent canonicalEvent, KnownRecords known, CancellationToken cancellationToken = default)
    {
        if (!MrrChange.Concerns(canonicalEvent)) return;
        var day = DayKeys.Of(canonicalEvent.OccurredAt);
        await changes.UpsertAsync(day, StoredEvent.RowOf(canonicalEvent), MrrChange.From(canonicalEvent), cancellationToken);
        await marks.NoteWriteAsync(DayMarks.Changes, day, cancellationToken);
    }
}
