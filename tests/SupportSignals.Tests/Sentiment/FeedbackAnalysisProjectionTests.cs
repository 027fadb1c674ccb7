using Moq;
using SupportSignals.Azure.Storage;
using SupportSignals.Events;
using SupportSignals.Feedback;
using SupportSignals.Processing;
using SupportSignals.Sentiment;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Sentiment;

/// <summary>The analysis step on Azurite, with the analyzer (a port) mocked so the test controls its answers.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedbackAnalysisProjectionTests(AzuriteFixture azurite)
{
    private readonly StorageClients _clients = azurite.NewClients();
    private readonly Mock<ISentimentAnalyzer> _analyzer = new();

    private TableRecordStore<T> Store<T>(string table) where T : class => new(_clients.Table(table));

    /// <summary>The feedback projection and the analysis step after it, over one set of tables.</summary>
    private (TableRecordStore<FeedbackAnalysis> Analyses, FeedbackProjection Feedback, FeedbackAnalysisProjection Analysis) Pipeline()
    {
        var (nps, csat, reviews) = (Store<NpsResponse>("NpsResponses"), Store<CsatRating>("CsatRatings"), Store<Review>("Reviews"));
        var analyses = Store<FeedbackAnalysis>(FeedbackAnalysis.TableName);
        return (analyses, new FeedbackProjection(nps, csat, reviews), new FeedbackAnalysisProjection(_analyzer.Object, analyses, nps, reviews, csat, TimeProvider.System));
    }

    [Fact]
    public async Task Score_then_comment_ends_in_one_analysed_response_and_a_redelivery_costs_no_second_analysis()
    {
        var (analyses, feedback, projection) = Pipeline();
        var mention = new ServiceMention("support", 4, 7, Polarity.Negative, 0.9, ServiceCategory.Speed, "support");
        _analyzer.Setup(a => a.AnalyzeAsync(It.IsAny<IReadOnlyList<AnalysisRequest>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<AnalysisRequest> texts, CancellationToken _) =>
                [.. texts.Select(t => new TextAnalysis { Id = t.Id, Language = "en", Polarity = Polarity.Negative, Scores = new(0, 0.1, 0.9), Mentions = [mention] })]);

        var score = TestSupport.Events.Nps("e1", "resp-1", 1, 4, null);
        var comment = TestSupport.Events.Nps("e2", "resp-1", 2, 4, "The support was slow");
        foreach (var e in new[] { score, comment, comment })
        {
            var known = new KnownRecords();
            await feedback.ProjectAsync(e, known);
            await projection.ProjectAsync(e, known);
        }

        var stored = Assert.Single(await analyses.QueryAsync(SupportSignals.Storage.RecordQuery.All).ToListAsync());
        Assert.Equal(("resp-1", "The support was slow", 4, true, Polarity.Negative), (stored.FeedbackId, stored.Text, stored.Score, stored.MentionsService, stored.ServicePolarity));
        Assert.Equal(mention, Assert.Single(stored.Mentions));
        Assert.Equal(Day0.AddDays(1), stored.GivenAt);
        _analyzer.Verify(a => a.AnalyzeAsync(It.IsAny<IReadOnlyList<AnalysisRequest>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_redelivery_after_the_analyzer_changed_is_analysed_again_and_stamped_with_the_new_version()
    {
        var (analyses, feedback, projection) = Pipeline();
        _analyzer.Setup(a => a.AnalyzeAsync(It.IsAny<IReadOnlyList<AnalysisRequest>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<AnalysisRequest> texts, CancellationToken _) =>
                [.. texts.Select(t => new TextAnalysis { Id = t.Id, Language = "en", Polarity = Polarity.Positive, Scores = new(0.9, 0.1, 0) })]);
        var comment = TestSupport.Events.Nps("e1", "resp-1", 1, 9, "Great");

        foreach (var version in new[] { "v1", "v1", "v2" })
        {
            _analyzer.SetupGet(a => a.Version).Returns(version);
            var known = new KnownRecords();
            await feedback.ProjectAsync(comment, known);
            await projection.ProjectAsync(comment, known);
        }

        Assert.Equal("v2", Assert.Single(await analyses.QueryAsync(SupportSignals.Storage.RecordQuery.All).ToListAsync()).AnalyzerVersion);
        _analyzer.Verify(a => a.AnalyzeAsync(It.IsAny<IReadOnlyList<AnalysisRequest>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    private static DateTimeOffset Day0 => TestSupport.Events.Day0;

    [Theory]
    [InlineData(new[] { Polarity.Positive, Polarity.Positive }, Polarity.Positive)]
    [InlineData(new[] { Polarity.Positive, Polarity.Negative }, Polarity.Mixed)]
    [InlineData(new[] { Polarity.Negative, Polarity.Neutral }, Polarity.Negative)]
    [InlineData(new[] { Polarity.Neutral }, Polarity.Neutral)]
    public void Service_polarity_summarises_the_mentions(Polarity[] mentions, Polarity expected) =>
        Assert.Equal(expected, FeedbackAnalysisProjection.ServicePolarity(
            [.. mentions.Select(p => new ServiceMention("x", 0, 1, p, 1, ServiceCategory.Resolution, "x"))]));
}
