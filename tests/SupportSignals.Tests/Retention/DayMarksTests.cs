using Microsoft.Extensions.Time.Testing;
using Moq;
using SupportSignals.Retention;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Retention;

/// <summary>Late-write marks: never miss a write, without one row update per late event.</summary>
public sealed class DayMarksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_burst_of_late_writes_to_one_day_updates_its_mark_once()
    {
        var store = new Mock<IRecordStore<DayMark>>();
        store.Setup(s => s.TryInsertAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DayMark>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var clock = new FakeTimeProvider(Now);
        var marks = new DayMarks(store.Object, clock);

        for (var i = 0; i < 100; i++)
        {
            await marks.NoteWriteAsync(DayMarks.Facts, "20261120");
            clock.Advance(TimeSpan.FromMilliseconds(200));
        }

        store.Verify(s => s.UpdateAsync(DayMarks.Facts, "20261120", It.IsAny<Func<DayMark?, DayMark?>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Concurrent_late_writes_to_one_day_share_one_insert_and_one_mark()
    {
        var store = new Mock<IRecordStore<DayMark>>();
        var stored = new TaskCompletionSource<bool>();
        store.Setup(s => s.TryInsertAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DayMark>(), It.IsAny<CancellationToken>())).Returns(stored.Task);
        var marks = new DayMarks(store.Object, new FakeTimeProvider(Now));

        var notes = Enumerable.Range(0, 64).Select(_ => marks.NoteWriteAsync(DayMarks.Facts, "20261120")).ToList();
        Assert.DoesNotContain(notes, n => n.IsCompleted);
        stored.SetResult(true);
        await Task.WhenAll(notes);

        store.Verify(s => s.TryInsertAsync(It.IsAny<string>(), "20261120", It.IsAny<DayMark>(), It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.UpdateAsync(DayMarks.Facts, "20261120", It.IsAny<Func<DayMark?, DayMark?>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_failed_mark_is_written_again_by_the_next_late_write()
    {
        var store = new Mock<IRecordStore<DayMark>>();
        store.Setup(s => s.TryInsertAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DayMark>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        store.SetupSequence(s => s.UpdateAsync(DayMarks.Facts, "20261120", It.IsAny<Func<DayMark?, DayMark?>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("storage down"))
            .ReturnsAsync((DayMark?)null);
        var marks = new DayMarks(store.Object, new FakeTimeProvider(Now));

        await Assert.ThrowsAsync<InvalidOperationException>(() => marks.NoteWriteAsync(DayMarks.Facts, "20261120"));
        await marks.NoteWriteAsync(DayMarks.Facts, "20261120");

        store.Verify(s => s.UpdateAsync(DayMarks.Facts, "20261120", It.IsAny<Func<DayMark?, DayMark?>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Every_build_that_started_before_a_late_write_is_found_stale()
    {
        var store = new InMemoryRecordStore<DayMark>();
        var clock = new FakeTimeProvider(Now);
        var marks = new DayMarks(store, clock);
        var builds = new List<DateTimeOffset>();

        for (var i = 0; i < 50; i++)
        {
            builds.Add(clock.GetUtcNow());
            clock.Advance(TimeSpan.FromSeconds(3));
            await marks.NoteWriteAsync(DayMarks.Facts, "20261120");
            var mark = Assert.Single(await marks.LateAsync(DayMarks.Facts));
            Assert.All(builds, builtAt => Assert.True(DayMarks.Invalidates(mark, builtAt)));
        }
        Assert.Single(await marks.LateAsync(DayMarks.Facts));
    }
}
