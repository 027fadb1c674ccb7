using Microsoft.Extensions.Time.Testing;
using SupportSignals.Attribution;
using SupportSignals.Azure.Storage;
using SupportSignals.Events;
using SupportSignals.Leads;
using SupportSignals.Processing;
using SupportSignals.Retention;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;
using static SupportSignals.Tests.TestSupport.Events;

namespace SupportSignals.Tests.Attribution;

/// <summary>
/// A churn save whose window closes after the account's last event is credited by the nightly step for the day the
/// window closed, on Azurite's tables.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MaturedSavesStepTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_save_window_that_closes_quietly_is_credited_by_the_night_after_it_closed_and_only_once()
    {
        var clients = azurite.NewClients();
        var clock = new FakeTimeProvider(Day0);
        var events = new TableRecordStore<StoredEvent>(clients.Table("Events"));
        var ledgerTable = new TableRecordStore<AttributionRecord>(clients.Table(AttributionRecord.TableName));
        var ledger = new AttributionLedger(events, new TableRecordStore<ServiceQualifiedLead>(clients.Table(ServiceQualifiedLead.TableName)),
            ledgerTable, new TableRecordStore<PendingSave>(clients.Table(PendingSave.TableName)), new AttributionOptions(), clock);
        var log = new EventLogProjection(events);
        var step = new MaturedSavesStep(ledger);
        CanonicalEvent[] history =
        [
            Subscription("s1", "acc-1", 0, "active", 9_900),
            Ticket("t1", "T1", 2, tags: ["cancellation"]),
            Cancellation("c1", "acc-1", 2, scheduled: true),
        ];
        foreach (var e in history)
        {
            clock.SetUtcNow(e.OccurredAt.AddMinutes(1));
            var known = new KnownRecords();
            await log.ProjectAsync(e, known);
            await ledger.ProjectAsync(e, known);
        }
        var windowCloses = DayKeys.DayOf(Day0.AddDays(2 + new AttributionOptions().SaveWindowDays));

        await step.RunAsync(windowCloses.AddDays(-1));
        Assert.Empty(await ledgerTable.QueryAsync(RecordQuery.All).ToListAsync());

        clock.SetUtcNow(DayKeys.Start(windowCloses.AddDays(1)).AddHours(2.5));
        await step.RunAsync(windowCloses);
        await step.RunAsync(windowCloses);

        var save = Assert.Single(await ledgerTable.QueryAsync(RecordQuery.All).ToListAsync());
        Assert.Equal(AttributionRule.ChurnSave, save.Rule);
        Assert.Equal(new Money(9_900, "EUR"), save.Mrr);
        Assert.Equal(windowCloses, DayKeys.DayOf(save.CreditedAt));
    }
}
