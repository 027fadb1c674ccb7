using SupportSignals.Attribution;
using SupportSignals.Events;
using SupportSignals.Retention;
using static SupportSignals.Tests.Retention.SummaryDataSet;

namespace SupportSignals.Tests.Retention;

/// <summary>The nightly job's bookkeeping: idempotent re-runs, late events, catch-up, and the hook for other areas' steps.</summary>
public sealed class SummaryJobTests
{
    [Fact]
    public async Task Re_running_a_day_stores_nothing_new_and_keeps_the_first_computation()
    {
        var world = await LoadAsync();
        var first = await world.Job.RunAsync(Day);
        var rows = world.Summaries.Count;
        world.SetNow(At(11, 21, 9));

        var second = await world.Job.RunAsync(Day);

        Assert.True(first.Written);
        Assert.False(second.Written);
        Assert.Equal(first.Summary.ComputedAt, second.Summary.ComputedAt);
        Assert.Equal(rows, world.Summaries.Count);
    }

    [Fact]
    public async Task Late_events_for_days_already_rolled_up_are_counted_when_the_day_is_run_again()
    {
        var world = await LoadAsync();
        var before = (await world.Job.RunAsync(Day)).Summary.Period(SummaryPeriod.MonthToDate)!;

        // Delivered the night after: a detractor who answered on Nov 15, and a5's cancellation on Nov 18.
        world.SetNow(At(11, 21, 3));
        await world.ProcessAsync(
            Nps("r7", At(11, 15), 0, null, "a5"),
            Subscription("a5", At(11, 18), SubscriptionStatus.Canceled, 0, "USD"));
        var after = (await world.Job.RunAsync(Day)).Summary.Period(SummaryPeriod.MonthToDate)!;

        Assert.Equal(new NpsFigures(3, 1, 1), before.Nps);
        Assert.Equal(new NpsFigures(3, 1, 2), after.Nps);
        Assert.Equal((5, 4), (before.Retention.RetainedCustomers, after.Retention.RetainedCustomers));
        Assert.Equal(8_000, after.Retention.Revenue.Single(r => r.Currency == "USD").ChurnedMrr);
    }

    [Fact]
    public async Task A_fact_that_moves_day_leaves_a_tombstone_where_it_was()
    {
        var world = await LoadAsync();

        // r6's comment (Nov 20) was filed first; its earlier score moved the response to Nov 19.
        var key = DailyFact.RowOf(FactKind.Nps, "generic:r6");
        Assert.True((await world.Facts.FindAsync("20261120", key))!.Removed);
        Assert.False((await world.Facts.FindAsync("20261119", key))!.Removed);
    }

    [Fact]
    public async Task Catch_up_computes_every_missing_day_since_the_last_summary_up_to_the_bound()
    {
        var world = await LoadAsync();
        await world.Job.RunAsync(Day.AddDays(-10));
        world.SetNow(At(11, 21, 2, 30));
        world.Options.CatchUpDays = 4;

        var runs = await world.Job.CatchUpAsync();

        Assert.Equal([Day.AddDays(-3), Day.AddDays(-2), Day.AddDays(-1), Day], runs.Select(r => r.Summary.Date));
        Assert.Empty(await world.Job.CatchUpAsync());
    }

    [Fact]
    public async Task Catch_up_through_an_earlier_day_leaves_the_later_days_to_their_own_run()
    {
        var world = await LoadAsync();
        await world.Job.RunAsync(Day.AddDays(-3));

        var runs = await world.Job.CatchUpAsync(Day.AddDays(-1));

        Assert.Equal([Day.AddDays(-2), Day.AddDays(-1)], runs.Select(r => r.Summary.Date));
        Assert.Equal([Day], (await world.Job.CatchUpAsync()).Select(r => r.Summary.Date));
    }

    [Fact]
    public async Task Catch_up_with_nothing_stored_computes_yesterday_and_sends_its_digest()
    {
        var digest = new RecordingDigest();
        var world = await LoadAsync(new SummaryWorld(digest));

        var runs = await world.Job.CatchUpAsync();

        Assert.Equal([Day], runs.Select(r => r.Summary.Date));
        Assert.Equal([Day], digest.Sent.Select(s => s.Date));
    }

    [Fact]
    public async Task Nightly_steps_run_before_the_day_is_computed_so_their_records_are_counted()
    {
        var world = await LoadAsync();
        world.Steps.Add(new CreditingStep(world));

        var day = (await world.Job.RunAsync(Day)).Summary.Period(SummaryPeriod.Day)!;

        Assert.Equal(2, day.Saves.Count);
    }

    [Fact]
    public async Task Only_ended_days_can_be_computed()
    {
        var world = await LoadAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => world.Job.RunAsync(Day.AddDays(1)));
    }

    private sealed class RecordingDigest : IDigestSender
    {
        public List<DailySummary> Sent { get; } = [];

        public Task<bool> SendAsync(DailySummary summary, CancellationToken cancellationToken = default)
        {
            Sent.Add(summary);
            return Task.FromResult(true);
        }
    }

    /// <summary>Stands in for the attribution ledger maturing a churn save during the night.</summary>
    private sealed class CreditingStep(SummaryWorld world) : INightlyStep
    {
        public Task RunAsync(DateOnly day, CancellationToken cancellationToken = default) =>
            world.Credits.UpsertAsync("a9", "matured", new AttributionRecord
            {
                Id = "matured",
                Rule = AttributionRule.ChurnSave,
                AccountId = "a9",
                InteractionSource = "generic",
                InteractionId = "t9",
                Mrr = new Money(1_000, "EUR"),
                Arr = new Money(12_000, "EUR"),
                WindowStart = At(10, 20),
                WindowEnd = At(11, 20, 23),
                CreditedAt = DayKeys.Start(day).AddHours(23),
            }, cancellationToken);
    }
}
