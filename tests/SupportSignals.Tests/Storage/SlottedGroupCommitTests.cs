using System.Collections.Concurrent;
using SupportSignals.Azure.Storage;

namespace SupportSignals.Tests.Storage;

public sealed class SlottedGroupCommitTests
{
    [Fact]
    public async Task Items_submitted_while_a_batch_is_being_written_gather_in_the_next_one_each_with_its_own_slot()
    {
        var written = new ConcurrentDictionary<string, IReadOnlyList<(int Slot, string Item)>>();
        var firstWrite = new TaskCompletionSource();
        var commit = new SlottedGroupCommit<string>(async (id, items) =>
        {
            written[id] = items;
            if (items[0].Item == "first") await firstWrite.Task;
        }, NewIds(), maxBytes: 1_000);

        var first = commit.Submit("first", 10);
        await WaitUntilAsync(() => written.ContainsKey(first.BatchId));
        var gathered = Enumerable.Range(0, 5).Select(i => commit.Submit($"item-{i}", 10)).ToList();
        firstWrite.SetResult();
        await Task.WhenAll(gathered.Select(g => g.Committed).Append(first.Committed));

        Assert.Single(gathered.Select(g => g.BatchId).Distinct());
        Assert.NotEqual(first.BatchId, gathered[0].BatchId);
        Assert.Equal([0, 1, 2, 3, 4], gathered.Select(g => g.Slot));
        Assert.Equal(gathered.Select((g, i) => (g.Slot, $"item-{i}")), written[gathered[0].BatchId]);
    }

    [Fact]
    public async Task A_batch_closes_before_it_would_exceed_its_byte_limit()
    {
        var written = new ConcurrentDictionary<string, int>();
        var release = new TaskCompletionSource();
        var commit = new SlottedGroupCommit<int>(async (id, items) =>
        {
            written[id] = items.Count;
            await release.Task;
        }, NewIds(), maxBytes: 100);

        var blocker = commit.Submit(0, 1);
        await WaitUntilAsync(() => written.Count == 1);
        var members = Enumerable.Range(1, 7).Select(i => commit.Submit(i, 40)).ToList();
        release.SetResult();
        await Task.WhenAll(members.Select(m => m.Committed).Append(blocker.Committed));

        Assert.Equal([2, 2, 2, 1], members.GroupBy(m => m.BatchId).Select(batch => batch.Count()));
        Assert.All(members.GroupBy(m => m.BatchId), batch => Assert.Equal(batch.Count(), written[batch.Key]));
    }

    [Fact]
    public async Task A_failed_write_fails_only_the_members_of_its_batch()
    {
        var release = new TaskCompletionSource();
        var blockerWriting = new TaskCompletionSource();
        var commit = new SlottedGroupCommit<string>(async (_, items) =>
        {
            if (items[0].Item == "blocker")
            {
                blockerWriting.SetResult();
                await release.Task;
            }
            if (items.Any(i => i.Item == "bad")) throw new InvalidOperationException("write failed");
        }, NewIds(), maxBytes: 20);

        var blocker = commit.Submit("blocker", 1);
        await blockerWriting.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var failing = new[] { commit.Submit("bad", 10), commit.Submit("mate", 10) };
        var healthy = commit.Submit("good", 10);
        release.SetResult();

        await blocker.Committed;
        await healthy.Committed;
        Assert.All(failing, f => Assert.Equal(failing[0].BatchId, f.BatchId));
        foreach (var member in failing)
            Assert.Equal("write failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => member.Committed)).Message);
    }

    private static Func<string> NewIds()
    {
        var next = 0;
        return () => $"batch-{Interlocked.Increment(ref next)}";
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition()) await Task.Delay(5, timeout.Token);
    }
}
