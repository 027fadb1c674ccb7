namespace SupportSignals.Storage;

/// <summary>
/// A read-modify-write without the read for a row not seen lately. Most rows a projection updates are created by
/// their first event (a response, a ticket, a contact), and for them the read only finds nothing: the change is applied
/// to no row and inserted. An insert that finds the row (stored by another instance, or before this one started or
/// remembered it) falls back to the read-modify-write, as does a change that writes nothing to an absent row. The
/// outcome is the read-modify-write's: it too inserts what the change makes of no row when it reads none, and its
/// insert also fails when someone stored the row in between.
/// </summary>
public static class InsertOrUpdate
{
    /// <param name="stored">Keys seen stored lately: they go straight to the read-modify-write (an insert would fail).</param>
    /// <returns>The record as stored afterwards.</returns>
    public static async Task<T?> InsertOrUpdateAsync<T>(this IRecordStore<T> store, RecentKeys stored, string partition, string row, Func<T?, T?> change, CancellationToken cancellationToken = default)
        where T : class
    {
        var result = !stored.Contains(partition, row) && change(null) is { } created && await store.TryInsertAsync(partition, row, created, cancellationToken)
            ? created
            : await store.UpdateAsync(partition, row, change, cancellationToken);
        if (result is not null) stored.Add(partition, row);
        return result;
    }
}
