using System.Runtime.CompilerServices;
using global::Azure;
using global::Azure.Data.Tables;
using SupportSignals.Storage;

namespace SupportSignals.Azure.Storage;

/// <summary>
/// An <see cref="IRecordStore{T}"/> on one Azure table (created on first use). Single-row writes of concurrent callers
/// share transactions (<see cref="TableWriteCommit"/>).
/// </summary>
public sealed class TableRecordStore<T>(TableClient table) : IRecordStore<T> where T : class
{
    private const int MaxConflictRetries = 50;
    private const int MaxBatch = 100;
    private readonly StorageCreation _creation = new(() => table.CreateIfNotExistsAsync());
    private readonly TableWriteCommit _writes = new(table);

    public TableClient Table => table;

    public async Task<T?> FindAsync(string partition, string row, CancellationToken cancellationToken = default) =>
        (await FindEntityAsync(partition, row, cancellationToken)) is { } entity ? EntityMapping.FromEntity<T>(entity) : null;

    public async Task UpsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        await StorageFailures.Guard(() => _writes.SubmitAsync(TableTransactionActionType.UpsertReplace, EntityMapping.ToEntity(partition, row, record), cancellationToken: cancellationToken));
    }

    public async Task UpsertManyAsync(IReadOnlyList<(string Partition, string Row, T Record)> records, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        foreach (var partition in records.GroupBy(r => r.Partition))
        {
            foreach (var chunk in partition.Chunk(MaxBatch))
            {
                var actions = chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, EntityMapping.ToEntity(r.Partition, r.Row, r.Record)));
                await StorageFailures.Guard(() => table.SubmitTransactionAsync(actions, cancellationToken));
            }
        }
    }

    public async Task<bool> TryInsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        try
        {
            await StorageFailures.Guard(() => _writes.SubmitAsync(TableTransactionActionType.Add, EntityMapping.ToEntity(partition, row, record), cancellationToken: cancellationToken));
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<T?> UpdateAsync(string partition, string row, Func<T?, T?> change, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var entity = await FindEntityAsync(partition, row, cancellationToken);
            var current = entity is null ? null : EntityMapping.FromEntity<T>(entity);
            var next = change(current);
            if (next is null || ReferenceEquals(next, current)) return current;
            try
            {
                var replacement = EntityMapping.ToEntity(partition, row, next);
                await StorageFailures.Guard(() => entity is null
                    ? _writes.SubmitAsync(TableTransactionActionType.Add, replacement, cancellationToken: cancellationToken)
                    : _writes.SubmitAsync(TableTransactionActionType.UpdateReplace, replacement, entity.ETag, cancellationToken));
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxConflictRetries)
            {
                // Someone else wrote in between: read again and re-apply the change to their version.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    public async Task DeleteAsync(string partition, string row, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        await StorageFailures.Guard(() => table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken));
    }

    public async IAsyncEnumerable<T> QueryAsync(RecordQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        await foreach (var entity in table.QueryAsync<TableEntity>(Filter(query), select: Select(query), cancellationToken: cancellationToken))
            yield return EntityMapping.FromEntity<T>(entity);
    }

    public async Task<RecordPage<T>> QueryPageAsync(RecordQuery query, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        await _creation.EnsureAsync();
        return await StorageFailures.Guard(async () =>
        {
            await foreach (var page in table.QueryAsync<TableEntity>(Filter(query), pageSize, Select(query), cancellationToken).AsPages(continuation, pageSize))
                return new RecordPage<T>([.. page.Values.Select(EntityMapping.FromEntity<T>)], page.ContinuationToken);
            return new RecordPage<T>([], null);
        });
    }

    private async Task<TableEntity?> FindEntityAsync(string partition, string row, CancellationToken cancellationToken)
    {
        await _creation.EnsureAsync();
        var response = await StorageFailures.Guard(() => table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken));
        return response.HasValue ? response.Value : null;
    }

    internal static string? Filter(RecordQuery query)
    {
        var clauses = new List<string>();
        if (query.Partition is { } partition) clauses.Add(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"));
        if (query.PartitionFrom is { } partitionFrom) clauses.Add(TableClient.CreateQueryFilter($"PartitionKey ge {partitionFrom}"));
        if (query.PartitionTo is { } partitionTo) clauses.Add(TableClient.CreateQueryFilter($"PartitionKey lt {partitionTo}"));
        if (query.RowFrom is { } rowFrom) clauses.Add(TableClient.CreateQueryFilter($"RowKey ge {rowFrom}"));
        if (query.RowTo is { } rowTo) clauses.Add(TableClient.CreateQueryFilter($"RowKey lt {rowTo}"));
        foreach (var (name, value) in query.Where)
            clauses.Add(PropertyName(name) + " eq " + TableClient.CreateQueryFilter($"{value}").Trim());
        if (query.RangeProperty is { } property)
        {
            if (query.RangeFrom is { } from) clauses.Add(PropertyName(property) + " ge " + TableClient.CreateQueryFilter($"{from}"));
            if (query.RangeTo is { } to) clauses.Add(PropertyName(property) + " lt " + TableClient.CreateQueryFilter($"{to}"));
        }
        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    private static IEnumerable<string>? Select(RecordQuery query) => query.Select?.Select(PropertyName).ToList();

    private static string PropertyName(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : throw new ArgumentException($"'{name}' is not a property name.", nameof(name));
}
