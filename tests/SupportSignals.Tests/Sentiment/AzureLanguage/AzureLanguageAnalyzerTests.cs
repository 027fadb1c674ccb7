using Azure;
using SupportSignals.Azure.Sentiment;
using SupportSignals.Sentiment;

namespace SupportSignals.Tests.Sentiment.AzureLanguage;

/// <summary>The Azure AI Language client and its mapping, against a real local HTTP server with the documented shapes.</summary>
public sealed class AzureLanguageAnalyzerTests : IAsyncLifetime
{
    private FakeLanguageService _service = null!;
    private AzureLanguageAnalyzer _analyzer = null!;

    public async Task InitializeAsync()
    {
        _service = await FakeLanguageService.StartAsync();
        var options = new LanguageClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        _analyzer = new AzureLanguageAnalyzer(new LanguageClient(_service.Endpoint, new AzureKeyCredential("test-key"), options));
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_request_has_the_documented_shape_and_the_key_header()
    {
        await _analyzer.AnalyzeAsync([new AnalysisRequest("a", "The support was great", "en")]);
        var (path, query, key, body) = Assert.Single(_service.Requests);
        Assert.Equal("/language/:analyze-text", path);
        Assert.Contains("api-version=2023-04-01", query, StringComparison.Ordinal);
        Assert.Equal("test-key", key);
        Assert.Equal("SentimentAnalysis", (string)body["kind"]!);
        Assert.True((bool)body["parameters"]!["opinionMining"]!);
        Assert.Equal("Utf16CodeUnit", (string)body["parameters"]!["stringIndexType"]!);
    }

    [Fact]
    public async Task Twenty_three_texts_go_in_requests_of_ten_ten_and_three_and_come_back_in_order()
    {
        var texts = Enumerable.Range(0, 23).Select(i => new AnalysisRequest($"t{i}", $"Text {i}: the support was {(i % 2 == 0 ? "slow" : "great")}")).ToList();
        var results = await _analyzer.AnalyzeAsync(texts);
        Assert.Equal([10, 10, 3], _service.Requests.Select(r => r.Body["analysisInput"]!["documents"]!.AsArray().Count));
        Assert.Equal(texts.Select(t => t.Id), results.Select(r => r.Id));
        Assert.Equal(Polarity.Negative, results[0].Polarity);
        Assert.Equal(Polarity.Positive, results[1].Polarity);
    }

    [Fact]
    public async Task Targets_naming_the_service_become_mentions_categorised_by_their_assessment()
    {
        var result = Assert.Single(await _analyzer.AnalyzeAsync([new AnalysisRequest("a", "Great app but the support was slow")]));
        var mention = Assert.Single(result.Mentions);
        Assert.Equal((ServiceCategory.Speed, Polarity.Negative, "support"), (mention.Category, mention.Polarity, "Great app but the support was slow".Substring(mention.Offset, mention.Length)));
        Assert.Equal(0.98, mention.Confidence);
    }

    [Fact]
    public async Task A_429_with_Retry_After_and_a_500_are_retried_until_the_service_answers()
    {
        _service.FailNext(429, "0");
        _service.FailNext(500);
        var result = Assert.Single(await _analyzer.AnalyzeAsync([new AnalysisRequest("a", "support was great")]));
        Assert.Equal(3, _service.Requests.Count);
        Assert.Null(result.Error);
    }

    [Fact]
    public async Task A_per_document_error_marks_only_that_text()
    {
        var results = await _analyzer.AnalyzeAsync([new AnalysisRequest("ok", "support was great"), new AnalysisRequest("bad", "FAIL this one")]);
        Assert.Null(results[0].Error);
        Assert.Equal("Invalid document.", results[1].Error);
    }

    [Fact]
    public async Task A_text_over_the_character_limit_is_split_on_sentence_ends_and_offsets_point_into_the_original()
    {
        var filler = string.Concat(Enumerable.Repeat("This sentence is filler text. ", 350));
        var text = filler + "Sadly the support was slow.";
        Assert.True(text.Length > 2 * LanguageClient.MaxCharacters);

        var result = Assert.Single(await _analyzer.AnalyzeAsync([new AnalysisRequest("long", text)]));

        Assert.All(_service.Requests.SelectMany(r => r.Body["analysisInput"]!["documents"]!.AsArray()), d => Assert.True(((string)d!["text"]!).Length <= LanguageClient.MaxCharacters));
        Assert.All(AzureLanguageAnalyzer.Split(text), p => Assert.True(p.Text.EndsWith('.') || p.Offset + p.Text.Length == text.Length));
        var mention = Assert.Single(result.Mentions);
        Assert.Equal("support", text.Substring(mention.Offset, mention.Length));
        Assert.Equal(text.LastIndexOf("support", StringComparison.Ordinal), mention.Offset);
    }
}
