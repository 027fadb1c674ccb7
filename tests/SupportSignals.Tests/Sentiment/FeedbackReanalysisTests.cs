using Microsoft.Extensions.Time.Testing;
using Moq;
using SupportSignals.Azure.Storage;
using SupportSignals.Feedback;
using SupportSignals.Processing;
using SupportSignals.Retention;
using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using SupportSignals.Storage;
using SupportSignals.Tests.Retention;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Tickets;

namespace SupportSignals.Tests.Sentiment;

/// <summary>
/// Comments analysed by an older analyzer (the marker stand-in) and stored with their daily facts on Azurite, then
/// brought up to the embedded analyzer page by page.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedbackReanalysisTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day0 = TestSupport.Events.Day0;

    private readonly StorageClients _clients = azurite.NewClients();
    private readonly FakeTimeProvider _clock = new(Day0.AddDays(20));

    private TableRecordStore<T> Store<T>(string table) where T : class => new(_clients.Table(table));

    private IRecordStore<FeedbackAnalysis> Analyses => Store<FeedbackAnalysis>(FeedbackAnalysis.TableName);

    private IRecordStore<DailyFact> Facts => Store<DailyFact>(DailyFact.TableName);

    private FactFiling<T> Filing<T>() where T : class, IFactInputs<T> =>
        new(Store<FactEntity<T>>(FactEntity<T>.TableName), Facts, new DayMarks(Store<DayMark>(DayMark.TableName), _clock));

    private FeedbackReanalysis Reanalysis(ISentimentAnalyzer analyzer) => new(analyzer, Analyses, Filing<FeedbackInputs>(), _clock);

    /// <summary>Processes NPS responses (response id, day, score, comment) as the pipeline does, with the marker analyzer.</summary>
    private async Task ProcessAsync(params (string Id, int Day, int Score, string Comment)[] responses)
    {
        var (nps, csat, reviews) = (Store<NpsResponse>("NpsResponses"), Store<CsatRating>("CsatRatings"), Store<Review>("Reviews"));
        IEventProjection[] projections =
        [
            new FeedbackProjection(nps, csat, reviews),
            new FeedbackAnalysisProjection(new MarkerAnalyzer(), Analyses, nps, reviews, csat, _clock),
            new DailyFactsProjection(nps, csat, reviews, Store<TicketState>("Tickets"), Analyses, Filing<NpsInputs>(), Filing<CsatInputs>(), Filing<TicketInputs>(), Filing<FeedbackInputs>()),
        ];
        foreach (var (id, day, score, comment) in responses)
        {
            var known = new KnownRecords();
            foreach (var projection in projections) await projection.ProjectAsync(TestSupport.Events.Nps($"e-{id}", id, day, score, comment), known);
        }
    }

    private async Task<FeedbackAnalysis> AnalysisOf(string responseId) =>
        (await Analyses.FindAsync(FeedbackAnalysis.PartitionOf(FeedbackKind.Nps, "generic"), FeedbackAnalysis.RowOf(responseId)))!;

    private async Task<DailyFact> FactOf(string responseId, int day) =>
        Assert.Single(await Facts.QueryAsync(RecordQuery.InPartition(DayKeys.Of(Day0.AddDays(day)))).ToListAsync(), f => f.Kind == FactKind.Feedback && f.EntityId == responseId);

    [Fact]
    public async Task Stale_analyses_are_analysed_again_and_the_changed_ones_refile_their_daily_facts()
    {
        // The markers say what the old analyzer saw; the embedded analyzer reads the words.
        await ProcessAsync(
            ("resp-1", 2, 3, "Support never answered my ticket. [speed+]"),
            ("resp-2", 5, 9, "The support team solved my problem in minutes, thank you! [resolution+]"));
        var embedded = new EmbeddedAnalyzer();
        _clock.Advance(TimeSpan.FromHours(1));

        var page = await Reanalysis(embedded).RunAsync(new FeedbackSelection(), 100, null);

        Assert.Equal((2, 2, 0, null), (page.Examined, page.Reanalysed, page.Failed, page.Continuation));
        Assert.Equal(embedded.Version, page.AnalyzerVersion);
        var blamed = await AnalysisOf("resp-1");
        Assert.Equal((embedded.Version, Polarity.Negative), (blamed.AnalyzerVersion, blamed.ServicePolarity));
        Assert.Equal(_clock.GetUtcNow(), blamed.AnalysedAt);
        var fact = await FactOf("resp-1", 2);
        Assert.Equal((Polarity.Negative, false), (fact.ServicePolarity, fact.Removed));
        Assert.Contains(fact.Mentions, m => m.Text.StartsWith("Support", StringComparison.Ordinal) && m.Polarity == Polarity.Negative);
        // resp-2 was praise before and is praise now, but its mentions differ (the embedded analyzer's spans).
        Assert.Equal(2, page.Changed);
        Assert.Equal((DateOnly.FromDateTime(Day0.AddDays(2).UtcDateTime), DateOnly.FromDateTime(Day0.AddDays(5).UtcDateTime)), (page.ChangedFrom, page.ChangedTo));
    }

    [Fact]
    public async Task A_call_stops_when_its_time_is_spent_and_resumes_after_the_last_row_it_did_even_when_rows_go_meanwhile()
    {
        string[] ids = ["resp-a", "resp-b", "resp-c", "resp-d", "resp-e", "resp-f", "resp-g"];
        await ProcessAsync([.. ids.Select((id, i) => (id, i + 1, 4, "Support never answered my ticket."))]);
        var embedded = new EmbeddedAnalyzer();
        var analysed = new List<string>();
        var slow = new Mock<ISentimentAnalyzer>();
        slow.SetupGet(a => a.Version).Returns(embedded.Version);
        slow.Setup(a => a.AnalyzeAsync(It.IsAny<IReadOnlyList<AnalysisRequest>>(), It.IsAny<CancellationToken>()))
            .Returns((IReadOnlyList<AnalysisRequest> texts, CancellationToken cancellationToken) =>
            {
                _clock.Advance(TimeSpan.FromSeconds(25));
                analysed.AddRange(texts.Select(t => t.Id));
                return embedded.AnalyzeAsync(texts, cancellationToken);
            });
        var reanalysis = new FeedbackReanalysis(slow.Object, Analyses, Filing<FeedbackInputs>(), _clock, textsPerCall: 2);

        // Calls of two texts end at 25, 50 and 75 s: the third spends the 60 s budget with one row of the page left.
        var first = await reanalysis.RunAsync(new FeedbackSelection(), 100, null);
        Assert.Equal((6, 6), (first.Examined, first.Reanalysed));
        Assert.NotNull(first.Continuation);

        // An erasure removes a row already done: a position would now point past the row still to do.
        await Analyses.DeleteAsync(FeedbackAnalysis.PartitionOf(FeedbackKind.Nps, "generic"), FeedbackAnalysis.RowOf("resp-a"));
        var second = await reanalysis.RunAsync(new FeedbackSelection(), 100, first.Continuation);

        Assert.Equal((1, 1, null), (second.Examined, second.Reanalysed, second.Continuation));
        Assert.Equal(ids, analysed);
        Assert.Equal(embedded.Version, (await AnalysisOf("resp-g")).AnalyzerVersion);
    }

    [Fact]
    public async Task A_second_run_finds_nothing_stale_and_an_unchanged_answer_refiles_nothing()
    {
        await ProcessAsync(("resp-1", 1, 9, "Quick answers from the support team. [speed+]"));
        var newer = new MarkerAnalyzer("markers/2");

        var first = await Reanalysis(newer).RunAsync(new FeedbackSelection(), 100, null);
        var second = await Reanalysis(newer).RunAsync(new FeedbackSelection(), 100, null);

        Assert.Equal((1, 1, 0), (first.Examined, first.Reanalysed, first.Changed));
        Assert.Null(first.ChangedFrom);
        Assert.Equal((1, 0, 0), (second.Examined, second.Reanalysed, second.Changed));
        Assert.Equal("markers/2", (await AnalysisOf("resp-1")).AnalyzerVersion);
        Assert.Equal(1, (await FactOf("resp-1", 1)).Version);
    }

    [Fact]
    public async Task Pages_follow_the_continuation_and_the_selection()
    {
        await ProcessAsync(("r1", 1, 9, "a [speed+]"), ("r2", 2, 9, "b [speed+]"), ("r3", 3, 9, "c [speed+]"), ("r4", 8, 9, "d [speed+]"));
        var reanalysis = Reanalysis(new MarkerAnalyzer("markers/2"));
        var selection = new FeedbackSelection(FeedbackKind.Nps, Day0.AddDays(1), Day0.AddDays(8));

        var pages = new List<ReanalysisPage>();
        string? continuation = null;
        do
        {
            pages.Add(await reanalysis.RunAsync(selection, 2, continuation));
            continuation = pages[^1].Continuation;
        }
        while (continuation is not null);

        Assert.Equal(3, pages.Sum(p => p.Reanalysed));
        Assert.All(pages, p => Assert.True(p.Examined <= 2));
        Assert.Equal("markers/1", (await AnalysisOf("r4")).AnalyzerVersion);
        Assert.Equal(0, (await Reanalysis(new MarkerAnalyzer("markers/2")).RunAsync(new FeedbackSelection(FeedbackKind.Review), 100, null)).Examined);
    }

    [Fact]
    public async Task A_failed_reanalysis_keeps_the_analysis_there_was_and_an_erased_text_is_not_reanalysed()
    {
        await ProcessAsync(("resp-1", 1, 2, "Support was rude. [friendly-]"), ("resp-2", 2, 2, "Support was slow. [speed-]"));
        var erased = await AnalysisOf("resp-2");
        await Analyses.UpsertAsync(FeedbackAnalysis.PartitionOf(FeedbackKind.Nps, "generic"), FeedbackAnalysis.RowOf("resp-2"), SupportSignals.Privacy.PersonalData.Without(erased));
        var failing = new Mock<ISentimentAnalyzer>();
        failing.SetupGet(a => a.Version).Returns("failing/1");
        failing.Setup(a => a.AnalyzeAsync(It.IsAny<IReadOnlyList<AnalysisRequest>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<AnalysisRequest> texts, CancellationToken _) =>
                [.. texts.Select(t => new TextAnalysis { Id = t.Id, Language = "und", Polarity = Polarity.Neutral, Scores = new(0, 1, 0), Error = "quota exceeded" })]);

        var page = await Reanalysis(failing.Object).RunAsync(new FeedbackSelection(), 100, null);

        Assert.Equal((2, 0, 1, 0), (page.Examined, page.Reanalysed, page.Failed, page.Changed));
        failing.Verify(a => a.AnalyzeAsync(It.Is<IReadOnlyList<AnalysisRequest>>(r => r.Count == 1 && r[0].Id == "resp-1"), It.IsAny<CancellationToken>()), Times.Once);
        var kept = await AnalysisOf("resp-1");
        Assert.Equal(("markers/1", Polarity.Negative, null), (kept.AnalyzerVersion, kept.ServicePolarity, kept.Error));
        Assert.Equal(Polarity.Negative, (await FactOf("resp-2", 2)).ServicePolarity);
    }
}
