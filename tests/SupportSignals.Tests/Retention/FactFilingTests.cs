using Microsoft.Extensions.Time.Testing;
using SupportSignals.Azure.Storage;
using SupportSignals.Retention;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Retention;

/// <summary>Filing an entity's facts on Azurite: new days are inserted without a read; racing filings keep the newest.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FactFilingTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day0 = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    private static NpsInputs Response(int respondedDay, int asOf, int score) =>
        new() { Source = "generic", ResponseId = "resp-1", AccountId = "acc-1", Score = score, RespondedAt = Day0.AddDays(respondedDay), AsOf = Day0.AddDays(asOf) };

    private (FactFiling<NpsInputs> Filing, CountingStore<DailyFact> Facts) Filing()
    {
        var clients = azurite.NewClients();
        var facts = new CountingStore<DailyFact>(new TableRecordStore<DailyFact>(clients.Table(DailyFact.TableName)));
        var marks = new DayMarks(new TableRecordStore<DayMark>(clients.Table(DayMark.TableName)), new FakeTimeProvider(Day0.AddDays(30)));
        return (new FactFiling<NpsInputs>(new TableRecordStore<FactEntity<NpsInputs>>(clients.Table(FactEntity<NpsInputs>.TableName)), facts, marks), facts);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_first_filing_inserts_its_copy_without_reading_and_a_refiling_only_checks_it(bool likelyFirst)
    {
        var (filing, facts) = Filing();

        await filing.FileAsync(Response(1, 1, 9), likelyFirst);
        Assert.Equal(0, facts.Reads);
        // Redelivered: the hint is wrong now, the entity exists; nothing changes, the copy is checked.
        await filing.FileAsync(Response(1, 1, 9), likelyFirst);

        Assert.Equal(1, facts.Reads);
        var fact = Assert.Single(await facts.QueryAsync(RecordQuery.All).ToListAsync());
        Assert.Equal((9, 1L, false), (fact.Score, fact.Version, fact.Removed));
    }

    [Fact]
    public async Task Racing_filings_that_move_the_day_leave_every_copy_at_the_newest_version()
    {
        var (filing, facts) = Filing();

        // Each later update says the response was given a day earlier: a filing that lands after later ones adds no
        // day, one that lands before adds its day and tombstones the one filed before.
        // Each thinks it is the first: the hint must not matter.
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => filing.FileAsync(Response(10 - i, i, i), likelyFirst: true))));

        var copies = await facts.QueryAsync(RecordQuery.All).ToListAsync();
        Assert.Single(copies.Select(c => c.Version).Distinct());
        var live = Assert.Single(copies, c => !c.Removed);
        Assert.Equal((DayKeys.Of(Day0.AddDays(1)), 9), (live.Day, live.Score));
    }
}
