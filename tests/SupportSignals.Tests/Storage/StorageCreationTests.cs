using SupportSignals.Azure.Storage;
using SupportSignals.Intake;

namespace SupportSignals.Tests.Storage;

public sealed class StorageCreationTests
{
    [Fact]
    public async Task A_creation_that_failed_while_storage_was_down_is_attempted_again_and_a_success_is_kept()
    {
        var attempts = 0;
        var creation = new StorageCreation(() => ++attempts == 1 ? Task.FromException(new HttpRequestException("refused")) : Task.CompletedTask);

        await Assert.ThrowsAsync<StorageUnavailableException>(creation.EnsureAsync);
        await creation.EnsureAsync();
        await creation.EnsureAsync();

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Concurrent_first_uses_share_one_attempt()
    {
        var attempts = 0;
        var created = new TaskCompletionSource();
        var creation = new StorageCreation(() => { Interlocked.Increment(ref attempts); return created.Task; });

        var waiting = Enumerable.Range(0, 10).Select(_ => creation.EnsureAsync()).ToList();
        created.SetResult();
        await Task.WhenAll(waiting);

        Assert.Equal(1, attempts);
    }
}
