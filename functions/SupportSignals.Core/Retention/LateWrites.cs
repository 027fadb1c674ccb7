using SupportSignals.Storage;

namespace SupportSignals.Retention;

/// <summary>The last time something was written for a day that had already ended.</summary>
public sealed record LateWrite
{
    public required string Day { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }

    public const string TableName = "RetentionMarks";
}

/// <summary>
/// Out-of-order delivery means a fact or an MRR change can land in a day whose rollup or cohort snapshot is already
/// built. The projections note such writes here (after writing); the nightly job rebuilds whatever was built
/// before the note (a build records its start time before it reads), so no late write is ever lost.
/// </summary>
public sealed class LateWrites(IRecordStore<LateWrite> marks, TimeProvider clock)
{
    /// <summary>Late facts: the day's rollup is stale.</summary>
    public const string Facts = "facts";
    /// <summary>Late MRR changes: cohort snapshots after the day are stale.</summary>
    public const string Changes = "changes";

    public async Task MarkAsync(string scope, string day, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (string.CompareOrdinal(day, DayKeys.Of(now)) >= 0) return;
        await marks.UpdateAsync(scope, day,
            current => current is not null && current.RecordedAt >= now ? null : new LateWrite { Day = day, RecordedAt = now },
            cancellationToken);
    }

    public async Task<IReadOnlyList<LateWrite>> ListAsync(string scope, CancellationToken cancellationToken = default)
    {
        var list = new List<LateWrite>();
        await foreach (var mark in marks.QueryAsync(RecordQuery.InPartition(scope), cancellationToken)) list.Add(mark);
        return list;
    }

    /// <summary>Whether a build that started at <paramref name="builtAt"/> may have missed a write noted in <paramref name="mark"/>.</summary>
    public static bool Invalidates(LateWrite mark, DateTimeOffset builtAt) => mark.RecordedAt >= builtAt;
}
