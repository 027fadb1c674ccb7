using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using SupportSignals.Advocates;
using SupportSignals.Azure.Storage;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Processing;
using SupportSignals.Sentiment;
using SupportSignals.Storage;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Tickets;

namespace SupportSignals.Tests.Advocates;

/// <summary>The advocate index, the finder and the asks on real Azurite, fed by the real projections.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AdvocateStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly StorageClients _clients = azurite.NewClients();
    private readonly FakeTimeProvider _clock = new(Now);

    private TableRecordStore<T> Store<T>(string table) where T : class => new(_clients.Table(table));

    private TableRecordStore<AdvocateSignal> Signals => Store<AdvocateSignal>(AdvocateSignal.TableName);

    private async Task ApplyAsync(params CanonicalEvent[] events)
    {
        IEventProjection[] projections =
        [
            new CustomerProjection(Store<AccountState>("Accounts"), Store<ContactState>("Contacts")),
            new TicketProjection(Store<TicketState>("Tickets")),
            new FeedbackProjection(Store<NpsResponse>("NpsResponses"), Store<CsatRating>("CsatRatings"), Store<Review>("Reviews")),
            new AdvocateSignalProjection(Signals, Store<NpsResponse>("NpsResponses"), Store<Review>("Reviews"), Store<CsatRating>("CsatRatings"), Store<TicketState>("Tickets")),
        ];
        foreach (var e in events)
        {
            var known = new KnownRecords();
            foreach (var projection in projections) await projection.ProjectAsync(e, known);
        }
    }

    private AdvocateFinder Finder(IRecordStore<AdvocateSignal>? signals = null, IRecordStore<AdvocateAsk>? asks = null) => new(
        signals ?? Signals, asks ?? Store<AdvocateAsk>(AdvocateAsk.TableName), Store<ContactState>("Contacts"), Store<AccountState>("Accounts"),
        Store<FeedbackAnalysis>(FeedbackAnalysis.TableName), new AdvocateOptions(), _clock);

    private static CanonicalEvent Event(string id, EventType type, DateTimeOffset at, string contact = "con-1", string account = "acc-1") =>
        new() { Id = id, Source = "generic", Type = type, OccurredAt = at, ContactId = contact, AccountId = account };

    private static CanonicalEvent Nps(string id, string contact, int score, DateTimeOffset at, string response = "") =>
        Event(id, EventType.NpsResponded, at, contact) with { Nps = new NpsInfo { ResponseId = response.Length > 0 ? response : id, Score = score, Comment = "Support answered within minutes." } };

    private static CanonicalEvent Ticket(string id, EventType type, DateTimeOffset at, string status, bool escalated = false) =>
        Event(id, type, at) with { Ticket = new TicketInfo { Id = "T-1", Subject = "Export broken", Status = status, Escalated = escalated } };

    private static CanonicalEvent[] Customer(string contact, string account = "acc-1") =>
    [
        Event($"sub-{account}", EventType.SubscriptionChanged, Now.AddDays(-300), contact, account) with
        {
            Account = new AccountInfo { Name = "Acme", Plan = "pro", Segment = "mid-market" },
            Subscription = new SubscriptionInfo { Id = "sub-1", Status = SubscriptionStatus.Active, MrrAfter = new Money(49_900, "EUR") },
        },
        Event($"contact-{contact}", EventType.ContactUpdated, Now.AddDays(-300), contact, account) with { Contact = new ContactInfo { Name = $"Name {contact}", Email = $"{contact}@acme.example" } },
    ];

    [Fact]
    public async Task A_record_is_filed_under_the_month_it_last_changed_and_readers_get_the_latest_copy()
    {
        await ApplyAsync(Nps("n-1", "con-1", 10, new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero), "resp-1"));
        await ApplyAsync(Nps("n-2", "con-1", 3, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), "resp-1"));

        var october = await Signals.QueryAsync(RecordQuery.InPartition("202610")).ToListAsync();
        var november = await Signals.QueryAsync(RecordQuery.InPartition("202611")).ToListAsync();
        Assert.Equal(10, Assert.Single(october).Nps!.Score);
        Assert.Equal(3, Assert.Single(november).Nps!.Score);

        var read = await Finder().ReadAsync(new AdvocateCriteria(), Now);
        var response = Assert.Single(read.NpsResponses);
        Assert.Equal((3, new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero)), (response.Score, response.RespondedAt));
    }

    [Fact]
    public async Task An_open_ticket_stays_in_its_partition_however_old_until_solved_and_an_escalation_is_filed_by_month()
    {
        var opened = Now.AddDays(-200);
        await ApplyAsync(Ticket("t-1", EventType.TicketCreated, opened, TicketStatus.Open));
        Assert.Single(await Signals.QueryAsync(RecordQuery.InPartition(AdvocateSignal.OpenTickets)).ToListAsync());
        Assert.Empty(await Signals.QueryAsync(RecordQuery.InPartition(Months.Key(opened))).ToListAsync());
        var whileOpen = await Finder().ReadAsync(new AdvocateCriteria(), Now);
        Assert.Equal(TicketStatus.Open, Assert.Single(whileOpen.Tickets).Status);

        await ApplyAsync(Ticket("t-2", EventType.TicketUpdated, Now.AddDays(-20), TicketStatus.Open, escalated: true));
        await ApplyAsync(Ticket("t-3", EventType.TicketSolved, Now.AddDays(-10), TicketStatus.Solved));

        Assert.Empty(await Signals.QueryAsync(RecordQuery.InPartition(AdvocateSignal.OpenTickets)).ToListAsync());
        var after = await Finder().ReadAsync(new AdvocateCriteria(), Now);
        var ticket = Assert.Single(after.Tickets);
        Assert.Equal((TicketStatus.Solved, true, (string?)null), (ticket.Status, ticket.Escalated, ticket.Subject));
    }

    [Fact]
    public async Task A_solve_that_arrives_before_the_creation_leaves_no_open_ticket_behind()
    {
        await ApplyAsync(Ticket("t-2", EventType.TicketSolved, Now.AddDays(-1), TicketStatus.Solved));
        await ApplyAsync(Ticket("t-1", EventType.TicketCreated, Now.AddDays(-3), TicketStatus.Open));

        Assert.Empty(await Signals.QueryAsync(RecordQuery.InPartition(AdvocateSignal.OpenTickets)).ToListAsync());
    }

    [Fact]
    public async Task Concurrent_events_of_one_record_leave_its_latest_state_in_the_index()
    {
        var created = Ticket("t-1", EventType.TicketCreated, Now.AddDays(-3), TicketStatus.Open);
        var solved = Ticket("t-2", EventType.TicketSolved, Now.AddDays(-1), TicketStatus.Solved);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => ApplyAsync(i % 2 == 0 ? created : solved)));

        Assert.Empty(await Signals.QueryAsync(RecordQuery.InPartition(AdvocateSignal.OpenTickets)).ToListAsync());
    }

    [Fact]
    public async Task The_finder_reads_only_the_months_of_its_windows_and_the_open_tickets_then_point_reads_candidates()
    {
        var signals = new RecordingStore<AdvocateSignal>(Signals);
        var asks = new RecordingStore<AdvocateAsk>(Store<AdvocateAsk>(AdvocateAsk.TableName));
        await ApplyAsync([.. Customer("con-1"), Nps("n-1", "con-1", 10, Now.AddDays(-5))]);

        var page = await Finder(signals, asks).FindAsync(new AdvocateCriteria { Since = new DateTimeOffset(2026, 9, 15, 0, 0, 0, TimeSpan.Zero) }, 10, null);

        Assert.Equal("con-1", Assert.Single(page!.Advocates).Contact.Id);
        Assert.Equal(["202609", "202610", "202611", AdvocateSignal.OpenTickets], signals.Queries.Select(q => q.Partition).Order(StringComparer.Ordinal));
        Assert.Equal(["202608", "202609", "202610", "202611"], asks.Queries.Select(q => q.Partition).Order(StringComparer.Ordinal));
        Assert.All(signals.Queries.Concat(asks.Queries), q => Assert.Empty(q.Where));
    }

    [Fact]
    public async Task A_list_from_stored_records_ranks_praise_first_explains_exclusions_and_pages_without_overlap()
    {
        await ApplyAsync([.. Customer("con-1"), .. Customer("con-2"), .. Customer("con-3"), .. Customer("con-4")]);
        await ApplyAsync(Nps("n-1", "con-1", 10, Now.AddDays(-2)), Nps("n-2", "con-2", 9, Now.AddDays(-40)), Nps("n-3", "con-3", 10, Now.AddDays(-3)), Nps("n-4", "con-4", 10, Now.AddDays(-1)));
        await ApplyAsync(Event("c-4", EventType.CsatRated, Now.AddDays(-6), "con-4") with { Csat = new CsatInfo { TicketId = "T-4", Value = "bad", Scale = "good_bad", Satisfied = false } });
        var praised = AdvocateScenarios.Analysis(AdvocateScenarios.Nps("con-2", 9, 40, comment: "Support answered within minutes.", id: "n-2") with { Source = "generic" });
        await Store<FeedbackAnalysis>(FeedbackAnalysis.TableName).UpsertAsync(FeedbackAnalysis.PartitionOf(FeedbackKind.Nps, "generic"), "n-2", praised);

        var first = await Finder().FindAsync(new AdvocateCriteria(), 2, null);
        var second = await Finder().FindAsync(new AdvocateCriteria(), 2, first!.Continuation);

        Assert.Equal(["con-2", "con-1"], first.Advocates.Select(a => a.Contact.Id));
        Assert.Equal("con-2@acme.example", first.Advocates[0].Contact.Email);
        Assert.Equal("Support «answered within minutes».", first.Advocates[0].Evidence.Excerpt!.Marked);
        Assert.Equal((3, 3), (first.Total, second!.Total));
        Assert.Equal(["con-3"], second.Advocates.Select(a => a.Contact.Id));
        Assert.Equal(3, second.Advocates[0].Rank);
        Assert.Null(second.Continuation);
        var excluded = Assert.Single(first.Excluded);
        Assert.Equal(("con-4", ExclusionCode.BadCsat), (excluded.ContactId, Assert.Single(excluded.Reasons).Code));
    }

    [Fact]
    public async Task An_ask_is_filed_by_month_and_blocks_the_contact_until_the_cooldown_ends()
    {
        await ApplyAsync([.. Customer("con-1"), Nps("n-1", "con-1", 10, Now.AddDays(-5))]);
        var asks = Store<AdvocateAsk>(AdvocateAsk.TableName);
        var log = new AdvocateAskLog(asks, Store<ContactState>("Contacts"), new AdvocateOptions(), _clock);

        var (ask, cooldownUntil, problem) = await log.RecordAsync("con-1", AskPurpose.CaseStudy, "asked at the user group");

        Assert.Null(problem);
        Assert.Equal(Now.AddDays(90), cooldownUntil);
        Assert.Equal(ask, Assert.Single(await asks.QueryAsync(RecordQuery.InPartition("202611")).ToListAsync()));
        var blocked = await Finder().FindAsync(new AdvocateCriteria(), 10, null);
        Assert.Equal(ExclusionCode.AskedRecently, Assert.Single(Assert.Single(blocked!.Excluded).Reasons).Code);

        _clock.Advance(TimeSpan.FromDays(91));
        var free = await Finder().FindAsync(new AdvocateCriteria { Since = Now.AddDays(-10) }, 10, null);
        Assert.Equal("con-1", Assert.Single(free!.Advocates).Contact.Id);
    }

    [Theory]
    [InlineData("con-1", "newsletter", 400)]
    [InlineData("con-1", null, 400)]
    [InlineData("nobody", AskPurpose.Review, 404)]
    public async Task An_ask_for_an_unknown_purpose_or_contact_is_refused(string contact, string? purpose, int status)
    {
        await ApplyAsync(Customer("con-1"));
        var log = new AdvocateAskLog(Store<AdvocateAsk>(AdvocateAsk.TableName), Store<ContactState>("Contacts"), new AdvocateOptions(), _clock);

        var (ask, _, problem) = await log.RecordAsync(contact, purpose, null);

        Assert.Null(ask);
        Assert.Equal(status, problem!.Status);
    }

    /// <summary>A store that remembers every query it was asked, to check which partitions a reader touches.</summary>
    private sealed class RecordingStore<T>(IRecordStore<T> inner) : IRecordStore<T> where T : class
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<RecordQuery> _queries = new();

        public IReadOnlyList<RecordQuery> Queries => [.. _queries];

        public Task<T?> FindAsync(string partition, string row, CancellationToken cancellationToken = default) => inner.FindAsync(partition, row, cancellationToken);

        public Task UpsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default) => inner.UpsertAsync(partition, row, record, cancellationToken);

        public Task UpsertManyAsync(IReadOnlyList<(string Partition, string Row, T Record)> records, CancellationToken cancellationToken = default) => inner.UpsertManyAsync(records, cancellationToken);

        public Task<bool> TryInsertAsync(string partition, string row, T record, CancellationToken cancellationToken = default) => inner.TryInsertAsync(partition, row, record, cancellationToken);

        public Task<T?> UpdateAsync(string partition, string row, Func<T?, T?> change, CancellationToken cancellationToken = default) => inner.UpdateAsync(partition, row, change, cancellationToken);

        public Task DeleteAsync(string partition, string row, CancellationToken cancellationToken = default) => inner.DeleteAsync(partition, row, cancellationToken);

        public async IAsyncEnumerable<T> QueryAsync(RecordQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            _queries.Enqueue(query);
            await foreach (var record in inner.QueryAsync(query, cancellationToken)) yield return record;
        }

        public Task<RecordPage<T>> QueryPageAsync(RecordQuery query, int pageSize, string? continuation, CancellationToken cancellationToken = default)
        {
            _queries.Enqueue(query);
            return inner.QueryPageAsync(query, pageSize, continuation, cancellationToken);
        }
    }
}
