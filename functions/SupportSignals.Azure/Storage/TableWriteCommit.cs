using System.Runtime.ExceptionServices;
using global::Azure;
using global::Azure.Data.Tables;

namespace SupportSignals.Azure.Storage;

/// <summary>
/// Single-row writes (insert, upsert, merge, ETag-conditional replace) of concurrent callers to one table, committed as
/// entity-group transactions per partition (<see cref="GroupCommit{TItem, TResult}"/>): under processing load many
/// events write to the same few partitions (a day's facts, a month's advocate signals, a source's responses), and one
/// round trip then serves them all. Each caller still gets its own outcome: a transaction fails whole at its first
/// failing action, so that action's caller gets the failure (a 409 or 412 as before) and the rest go again.
/// </summary>
public sealed class TableWriteCommit(TableClient table)
{
    // One commit in flight per table (GroupCommit has one flusher): writes arriving meanwhile gather for the next one.
    private readonly Lazy<GroupCommit<TableTransactionAction, ExceptionDispatchInfo?>> _commit = new(() => new(actions => CommitAsync(table, actions)));

    /// <remarks>Cancelling stops the wait, not a write already gathered into a transaction.</remarks>
    public async Task SubmitAsync(TableTransactionActionType type, TableEntity entity, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        (await _commit.Value.SubmitAsync(new TableTransactionAction(type, entity, ifMatch)).WaitAsync(cancellationToken))?.Throw();
    }

    private static async Task<IReadOnlyList<ExceptionDispatchInfo?>> CommitAsync(TableClient table, IReadOnlyList<TableTransactionAction> actions)
    {
        var failures = new ExceptionDispatchInfo?[actions.Count];
        // A transaction may not name a row twice: a repeated row waits for the next round, after the first one.
        var waiting = Enumerable.Range(0, actions.Count).ToList();
        while (waiting.Count > 0)
        {
            var round = waiting.DistinctBy(i => (actions[i].Entity.PartitionKey, actions[i].Entity.RowKey)).ToList();
            waiting = [.. waiting.Except(round)];
            var entities = round.Select(i => (TableEntity)actions[i].Entity).ToList();
            await Task.WhenAll(TableBatches.Split(entities).Select(batch => SubmitAsync(table, [.. batch.Select(b => round[b.Index])], actions, failures)));
        }
        return failures;
    }

    private static async Task SubmitAsync(TableClient table, List<int> batch, IReadOnlyList<TableTransactionAction> actions, ExceptionDispatchInfo?[] failures)
    {
        while (batch.Count > 0)
        {
            try
            {
                await (batch.Count == 1 ? WriteAloneAsync(table, actions[batch[0]]) : table.SubmitTransactionAsync(batch.Select(i => actions[i])));
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex is { } failed && !StorageFailures.IsTransient(ex))
            {
                failures[batch[failed]] = ExceptionDispatchInfo.Capture(ex);
                batch.RemoveAt(failed);
            }
            catch (Exception ex) when (batch.Count > 1 && !StorageFailures.IsTransient(ex))
            {
                // Refused whole without naming an action: one bad write must not fail its neighbours, so each goes alone.
                await Task.WhenAll(batch.Select(i => SubmitAsync(table, [i], actions, failures)));
                return;
            }
            catch (Exception ex)
            {
                foreach (var i in batch) failures[i] = ExceptionDispatchInfo.Capture(ex);
                return;
            }
        }
    }

    // A lone write goes as the plain request: the same outcome, without the transaction's multipart envelope.
    private static Task WriteAloneAsync(TableClient table, TableTransactionAction action) => action.ActionType switch
    {
        TableTransactionActionType.Add => table.AddEntityAsync(action.Entity),
        TableTransactionActionType.UpsertReplace => table.UpsertEntityAsync(action.Entity, TableUpdateMode.Replace),
        TableTransactionActionType.UpsertMerge => table.UpsertEntityAsync(action.Entity, TableUpdateMode.Merge),
        TableTransactionActionType.UpdateReplace => table.UpdateEntityAsync(action.Entity, action.ETag, TableUpdateMode.Replace),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Not a write this commit makes."),
    };
}
