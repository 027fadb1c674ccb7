using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportSignals.Api;
using SupportSignals.Processing;
using SupportSignals.Retention;
using SupportSignals.Tests.TestSupport;
using static SupportSignals.Tests.Retention.SummaryDataSet;

namespace SupportSignals.Tests.Retention;

/// <summary>Two instances of the whole pipeline's wiring on one Azurite storage account, computing the same day at once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryJobConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Two_instances_running_one_day_at_once_take_turns_and_store_one_summary()
    {
        var prefix = AzuriteFixture.NewPrefix();
        var probe = new OverlapProbe();
        using var first = Instance(prefix, probe);
        using var second = Instance(prefix, probe);
        foreach (var e in All())
        {
            var known = new KnownRecords();
            foreach (var projection in first.GetServices<IEventProjection>())
                await projection.ProjectAsync(e, known);
        }

        var runs = await Task.WhenAll(
            Task.Run(() => first.GetRequiredService<SummaryJob>().RunAsync(Day)),
            Task.Run(() => second.GetRequiredService<SummaryJob>().RunAsync(Day)));

        Assert.Equal(1, probe.MaxInside);
        Assert.Equal(2, probe.Runs);
        Assert.Equal([false, true], runs.Select(r => r.Written).Order());
        Assert.Equal(SummaryJson.Fingerprint(runs[0].Summary), SummaryJson.Fingerprint(runs[1].Summary));
        var stored = await first.GetRequiredService<SummaryArchive>().FindAsync(Day);
        Assert.Equal(SummaryJson.Serialize(runs.Single(r => r.Written).Summary), SummaryJson.Serialize(stored!));
        Assert.Equal(new NpsFigures(3, 1, 1), stored!.Period(SummaryPeriod.MonthToDate)!.Nps);
    }

    private ServiceProvider Instance(string prefix, OverlapProbe probe)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = prefix,
            ["Summary:LeaseWaitSeconds"] = "120",
        });
        builder.Services.AddLogging();
        builder.AddSupportSignals();
        // The night after the data set's day, with real timers: the waiting instance polls the lease in real time.
        builder.Services.AddSingleton<TimeProvider>(new ShiftedClock(At(11, 21, 2, 30) - DateTimeOffset.UtcNow));
        builder.Services.AddSingleton<INightlyStep>(probe);
        return builder.Services.BuildServiceProvider();
    }

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }

    /// <summary>A nightly step that notes how many runs are inside the job at once, and holds each a moment.</summary>
    private sealed class OverlapProbe : INightlyStep
    {
        private int _inside;

        public int MaxInside { get; private set; }

        public int Runs { get; private set; }

        public async Task RunAsync(DateOnly day, CancellationToken cancellationToken = default)
        {
            var inside = Interlocked.Increment(ref _inside);
            lock (this)
            {
                MaxInside = Math.Max(MaxInside, inside);
                Runs++;
            }
            await Task.Delay(300, cancellationToken);
            Interlocked.Decrement(ref _inside);
        }
    }
}
