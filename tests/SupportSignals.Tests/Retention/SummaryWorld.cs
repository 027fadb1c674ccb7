using Microsoft.Extensions.Time.Testing;
using SupportSignals.Attribution;
using SupportSignals.Customers;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Leads;
using SupportSignals.Processing;
using SupportSignals.Retention;
using SupportSignals.Sentiment;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Tickets;

namespace SupportSignals.Tests.Retention;

/// <summary>
/// The pipeline's projections and the nightly job on in-memory tables, with a clock that follows the events (each
/// event is processed a minute after it happened, unless it arrives late), for scenario tests of the figures.
/// </summary>
public sealed class SummaryWorld
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public InMemoryRecordStore<DailyFact> Facts { get; } = new();
    public InMemoryRecordStore<MrrChange> Changes { get; } = new();
    public InMemoryRecordStore<ServiceQualifiedLead> Sqls { get; } = new();
    public InMemoryRecordStore<AttributionRecord> Credits { get; } = new();
    public InMemoryRecordStore<SummaryPart> Summaries { get; } = new();
    public InMemoryRecordStore<DayRollup> Rollups { get; } = new();
    public List<INightlyStep> Steps { get; } = [];
    public SummaryOptions Options { get; } = new() { LeaseWaitSeconds = 0 };
    public SummaryArchive Archive { get; }

    private readonly IReadOnlyList<IEventProjection> _projections;
    private readonly Func<SummaryJob> _job;

    public SummaryWorld(IDigestSender? digest = null)
    {
        var accounts = new InMemoryRecordStore<AccountState>();
        var tickets = new InMemoryRecordStore<TicketState>();
        var nps = new InMemoryRecordStore<NpsResponse>();
        var csat = new InMemoryRecordStore<CsatRating>();
        var reviews = new InMemoryRecordStore<Review>();
        var analyses = new InMemoryRecordStore<FeedbackAnalysis>();
        var marks = new DayMarks(new InMemoryRecordStore<DayMark>(), Clock);
        _projections =
        [
            new CustomerProjection(accounts, new InMemoryRecordStore<ContactState>()),
            new TicketProjection(tickets),
            new FeedbackProjection(nps, csat, reviews),
            new FeedbackAnalysisProjection(new MarkerAnalyzer(), analyses, nps, reviews, csat, Clock),
            new MrrChangeProjection(Changes, marks),
            new DailyFactsProjection(nps, csat, reviews, tickets, analyses,
                Filing<NpsInputs>(marks), Filing<CsatInputs>(marks), Filing<TicketInputs>(marks), Filing<FeedbackInputs>(marks)),
        ];
        Archive = new SummaryArchive(Summaries);
        var snapshots = new CohortSnapshots(new InMemoryRecordStore<AccountState>(), new InMemoryRecordStore<SnapshotBuild>(), Changes, marks, Clock);
        var rollups = new DayRollups(Rollups, new InMemoryRecordStore<DurationChunk>(), Facts, snapshots, marks, Clock);
        var lease = new JobLease(new InMemoryRecordStore<LeaseRecord>(), Clock);
        _job = () => new SummaryJob(snapshots, rollups, Sqls, Credits, Archive, lease, Steps, digest ?? NoDigest.Instance, Options, Clock);
    }

    public SummaryJob Job => _job();

    /// <summary>Processes events in the order given, each at a minute after it happened (or now, if later).</summary>
    public async Task ProcessAsync(params CanonicalEvent[] events)
    {
        foreach (var e in events)
        {
            if (e.OccurredAt.AddMinutes(1) > Clock.GetUtcNow()) Clock.SetUtcNow(e.OccurredAt.AddMinutes(1));
            var known = new KnownRecords();
            foreach (var projection in _projections) await projection.ProjectAsync(e, known);
        }
    }

    public void SetNow(DateTimeOffset now) => Clock.SetUtcNow(now);

    private FactFiling<T> Filing<T>(DayMarks marks) where T : class, IFactInputs<T> =>
        new(new InMemoryRecordStore<FactEntity<T>>(), Facts, marks);

    private sealed class NoDigest : IDigestSender
    {
        public static readonly NoDigest Instance = new();

        public Task<bool> SendAsync(DailySummary summary, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }
}
