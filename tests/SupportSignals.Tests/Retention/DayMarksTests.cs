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
