using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Retention;
using SupportSignals.Sentiment;
using SupportSignals.Storage;

namespace SupportSignals.Bench.Nightly;

/// <summary>
/// The rows canonical events leave behind, written straight to the tables with parallel batch transactions
/// (processing a million events through the projections would take hours here): every event in the event log
/// (partitioned by account, as the pipeline keeps it), and the facts and MRR changes the projections file by day. The
/// mix of a day: 40 % ticket events (a ticket has three: created, replied, solved), 10 % NPS (60 % with a comment),
/// 10 % CSAT (30 % with a remark), 5 % subscription changes, the rest contacts, deals and profile updates.
/// </summary>
public sealed class DayLoad(
    IRecordStore<StoredEvent> events,
    IRecordStore<DailyFact> facts,
    IRecordStore<MrrChange> changes,
    DayMarks marks,
    int accounts)
{
    private static readonly string[] Plans = ["starter", "pro", "enterprise"];
    private static readonly string[] Regions = ["EU", "US", "UK", "APAC"];
    private static readonly string[] Currencies = ["EUR", "USD", "GBP", "USD"];

    public static string Account(int i) => $"acc-{i:D5}";

    /// <summary>Every account's profile and first subscription, on the first day of history.</summary>
    public async Task<int> AccountsAsync(DateOnly day)
    {
        var rows = new List<(string, string, MrrChange)>();
        for (var i = 0; i < accounts; i++)
        {
            var at = DayKeys.Start(day).AddMinutes(i % 1440);
            rows.Add(Change(new CanonicalEvent
            {
                Id = $"open-{i}",
                Source = "bench",
                Type = EventType.SubscriptionChanged,
                OccurredAt = at,
                AccountId = Account(i),
                Account = new AccountInfo { Plan = Plans[i % Plans.Length], Region = Regions[i % Regions.Length] },
                Subscription = new SubscriptionInfo { Id = $"sub-{i}", Status = SubscriptionStatus.Active, MrrAfter = new Money(9_900 * (1 + (i % 5)), Currencies[i % Currencies.Length]) },
            }));
        }
        await UpsertAsync(changes, rows);
        await marks.NoteWriteAsync(DayMarks.Changes, DayKeys.Of(day));
        return rows.Count;
    }

    /// <summary>The event log rows of <paramref name="count"/> events spread over the days, written account by account.</summary>
    public async Task EventLogAsync(DateOnly from, DateOnly to, int count, int seed)
    {
        var random = new Random(seed);
        var days = to.DayNumber - from.DayNumber + 1;
        const int Block = 500;
        for (var first = 0; first < accounts; first += Block)
        {
            var rows = new List<(string, string, StoredEvent)>();
            for (var account = first; account < Math.Min(accounts, first + Block); account++)
            {
                for (var n = 0; n < count / accounts; n++)
                {
                    var at = DayKeys.Start(from).AddSeconds(random.NextInt64((long)days * 86_400));
                    var e = new CanonicalEvent
                    {
                        Id = $"log-{seed}-{account}-{n}",
                        Source = "bench",
                        Type = EventType.ContactUpdated,
                        OccurredAt = at,
                        AccountId = Account(account),
                        ContactId = $"con-{account}",
                        Contact = new ContactInfo { Name = "Bench Contact", Email = "contact@bench.example" },
                    };
                    rows.Add((StoredEvent.PartitionOf(e.AccountId), StoredEvent.RowOf(e), new StoredEvent
                    {
                        Source = e.Source,
                        Id = e.Id,
                        Type = "contact.updated",
                        OccurredAt = at,
                        AccountId = e.AccountId,
                        Json = EventJson.Serialize(e),
                    }));
                }
            }
            await UpsertAsync(events, rows);
        }
    }

    /// <summary>The facts and MRR changes of a day of <paramref name="count"/> events.</summary>
    /// <returns>How many rows were written.</returns>
    public async Task<int> FactsAsync(DateOnly day, int count, int seed)
    {
        var random = new Random(seed);
        var start = DayKeys.Start(day);
        var dayFacts = new List<(string, string, DailyFact)>();
        var dayChanges = new List<(string, string, MrrChange)>();
        var key = DayKeys.Of(day);
        for (var n = 0; n < count; n++)
        {
            var account = random.Next(accounts);
            var at = start.AddSeconds(random.Next(86_400));
            var roll = random.Next(100);
            var type = roll < 40 ? EventType.TicketCreated : roll < 50 ? EventType.NpsResponded : roll < 60 ? EventType.CsatRated
                : roll < 65 ? EventType.SubscriptionChanged : EventType.ContactUpdated;
            var e = new CanonicalEvent { Id = $"{key}-{seed}-{n}", Source = "bench", Type = type, OccurredAt = at, AccountId = Account(account) };
            switch (type)
            {
                case EventType.TicketCreated when n % 3 == 0:
                    foreach (var kind in FactKind.Durations)
                        dayFacts.Add(Fact(kind, e, at, f => f with { Seconds = 60 + random.Next(3 * 86_400) }));
                    break;
                case EventType.NpsResponded:
                    var score = random.Next(11);
                    dayFacts.Add(Fact(FactKind.Nps, e, at, f => f with { Score = score }));
                    if (random.Next(10) < 6) dayFacts.Add(Feedback(FeedbackKind.Nps, e, at, score, random));
                    break;
                case EventType.CsatRated:
                    var satisfied = random.Next(10) < 8;
                    dayFacts.Add(Fact(FactKind.Csat, e, at, f => f with { Satisfied = satisfied }));
                    if (random.Next(10) < 3) dayFacts.Add(Feedback(FeedbackKind.Csat, e, at, satisfied ? 1 : 0, random));
                    break;
                case EventType.SubscriptionChanged:
                    var status = random.Next(50) == 0 ? SubscriptionStatus.Canceled : SubscriptionStatus.Active;
                    dayChanges.Add(Change(e with
                    {
                        Subscription = new SubscriptionInfo
                        {
                            Id = $"sub-{account}",
                            Status = status,
                            MrrAfter = new Money(status == SubscriptionStatus.Active ? 9_900 * (1 + random.Next(6)) : 0, Currencies[account % Currencies.Length]),
                        },
                    }));
                    break;
            }
        }
        await Task.WhenAll(UpsertAsync(facts, dayFacts), UpsertAsync(changes, dayChanges));
        await marks.NoteWriteAsync(DayMarks.Facts, key);
        await marks.NoteWriteAsync(DayMarks.Changes, key);
        return dayFacts.Count + dayChanges.Count;
    }

    /// <summary>Batch transactions of up to 100 rows of one partition, four at a time.</summary>
    private static Task UpsertAsync<T>(IRecordStore<T> store, IEnumerable<(string Partition, string Row, T Record)> rows) where T : class =>
        Parallel.ForEachAsync(rows.GroupBy(r => r.Partition).SelectMany(g => g.Chunk(100)), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (batch, cancellationToken) => await store.UpsertManyAsync(batch, cancellationToken));

    private static (string, string, MrrChange) Change(CanonicalEvent e) => (DayKeys.Of(e.OccurredAt), StoredEvent.RowOf(e), MrrChange.From(e));

    private static (string, string, DailyFact) Fact(string kind, CanonicalEvent e, DateTimeOffset at, Func<DailyFact, DailyFact> with)
    {
        var fact = with(new DailyFact { Kind = kind, Key = e.DedupeKey, At = at, Version = 1, AccountId = e.AccountId, Source = e.Source, EntityId = e.Id });
        return (fact.Day, DailyFact.RowOf(kind, fact.Key), fact);
    }

    private static (string, string, DailyFact) Feedback(string kind, CanonicalEvent e, DateTimeOffset at, int score, Random random)
    {
        var mentions = random.Next(10) < 4
            ? [new ServiceMention("the agent", 0, 9, (Polarity)random.Next(4), 0.9, (ServiceCategory)random.Next(6), "agent")]
            : Array.Empty<ServiceMention>();
        return Fact(FactKind.Feedback, e with { Id = kind + "-" + e.Id }, at, f => f with
        {
            Score = score,
            FeedbackKind = kind,
            MentionsService = mentions.Length > 0,
            ServicePolarity = FeedbackAnalysisProjection.ServicePolarity(mentions),
            Mentions = mentions,
        });
    }
}
