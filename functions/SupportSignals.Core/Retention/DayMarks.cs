using System.Collections.Concurrent;
using SupportSignals.Storage;

namespace SupportSignals.Retention;

/// <summary>A day something was written for: when first noted, and the last time it was noted after the day had ended.</summary>
public sealed record DayMark
{
    public required string Day { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }

    public const string TableName = "RetentionMarks";
}

/// <summary>
/// What the projections tell the nightly job about the days they write to (table "RetentionMarks"):
/// <list type="bullet">
/// <item>which days have facts at all (partition "{scope}-days"), so a window over quiet days costs one query, not
/// one per day;</item>
/// <item>late writes (partition "{scope}"): out-of-order delivery can land a fact or MRR change in a day whose rollup
/// or snapshot is already built. The mark is written after the data; a build records its start before it reads; so
/// a build older than a mark may have missed it and is rebuilt, and no late write is ever lost.</item>
/// </list>
/// </summary>
public sealed class DayMarks(IRecordStore<DayMark> marks, TimeProvider clock)
{
    /// <summary>Daily facts: a late one makes the day's rollup stale.</summary>
    public const string Facts = "facts";
    /// <summary>MRR changes: a late one makes the cohort snapshots after the day stale.</summary>
    public const string Changes = "changes";

    /// <summary>
    /// How far ahead a late-write mark is dated. Every write to an ended day would otherwise update the same row
    /// (all of yesterday's late events, a backfill): one hot row under optimistic concurrency throttles processing.
    /// A mark dated ahead covers the writes until then, so an instance updates it at most once per this span; a build
    /// that started inside the span is rebuilt once more than needed, never missed.
    /// </summary>
    public static readonly TimeSpan MarkAhead = TimeSpan.FromSeconds(30);

    // Concurrent notes of one day share one write: the events of a busy consumer all note the same few days at once,
    // and each writing the row itself would cost a round trip (and an ETag conflict) per event. A failed write is
    // not kept: the next note writes again.
    private readonly ConcurrentDictionary<(string Scope, string Day), Lazy<Task>> _noted = new();
    private readonly ConcurrentDictionary<(string Scope, string Day), (DateTimeOffset Until, Lazy<Task> Mark)> _late = new();

    public async Task NoteWriteAsync(string scope, string day, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        Lazy<Task> Insert() => new(() => marks.TryInsertAsync(DaysPartition(scope), day, new DayMark { Day = day, RecordedAt = now }));
        var noted = _noted.AddOrUpdate((scope, day), _ => Insert(), (_, current) => Failed(current) ? Insert() : current);
        await noted.Value.WaitAsync(cancellationToken);
        if (string.CompareOrdinal(day, DayKeys.Of(now)) >= 0) return;
        // The data was written before now; a mark dated at or after now covers it once stored, the one being stored too.
        var late = _late.AddOrUpdate((scope, day), _ => Mark(scope, day, now),
            (_, current) => now <= current.Until && !Failed(current.Mark) ? current : Mark(scope, day, now));
        await late.Mark.Value.WaitAsync(cancellationToken);
    }

    private (DateTimeOffset Until, Lazy<Task> Mark) Mark(string scope, string day, DateTimeOffset now)
    {
        var markedAt = now + MarkAhead;
        return (markedAt, new(() => marks.UpdateAsync(scope, day,
            current => current is not null && current.RecordedAt >= markedAt ? null : new DayMark { Day = day, RecordedAt = markedAt })));
    }

    private static bool Failed(Lazy<Task> write) => write.IsValueCreated && (write.Value.IsFaulted || write.Value.IsCanceled);

    public async Task<IReadOnlyList<DayMark>> LateAsync(string scope, CancellationToken cancellationToken = default)
    {
        var list = new List<DayMark>();
        await foreach (var mark in marks.QueryAsync(RecordQuery.InPartition(scope), cancellationToken)) list.Add(mark);
        return list;
    }

    /// <summary>The days of <paramref name="from"/>..<paramref name="to"/> that anything was ever written for.</summary>
    public async Task<IReadOnlySet<string>> DaysWrittenAsync(string scope, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var days = new HashSet<string>(StringComparer.Ordinal);
        var query = new RecordQuery { Partition = DaysPartition(scope), RowFrom = DayKeys.Of(from), RowTo = DayKeys.Of(to.AddDays(1)) };
        await foreach (var mark in marks.QueryAsync(query, cancellationToken)) days.Add(mark.Day);
        return days;
    }

    /// <summary>Whether a build that started at <paramref name="builtAt"/> may have missed a write noted in <paramref name="mark"/>.</summary>
    public static bool Invalidates(DayMark mark, DateTimeOffset builtAt) => mark.RecordedAt >= builtAt;

    private static string DaysPartition(string scope) => scope + "-days";
}
