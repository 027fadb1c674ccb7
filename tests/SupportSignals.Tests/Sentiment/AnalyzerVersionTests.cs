using Moq;
using SupportSignals.Azure.Sentiment;
using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment;

/// <summary>Each analyzer names its rules, so stored analyses of other rules are found stale.</summary>
public sealed class AnalyzerVersionTests
{
    [Fact]
    public void The_embedded_version_names_the_build_and_is_the_same_for_every_instance() =>
        Assert.Matches("^embedded/[0-9a-f]{12}$", Assert.Single(new[] { new EmbeddedAnalyzer().Version, new EmbeddedAnalyzer().Version }.Distinct()));

    [Fact]
    public void The_embedded_version_is_the_id_of_the_analyzers_own_assembly_not_of_the_product_core()
    {
        var analyzerModule = typeof(EmbeddedAnalyzer).Module;

        Assert.NotEqual(typeof(ISentimentAnalyzer).Assembly, analyzerModule.Assembly);
        Assert.Equal("embedded/" + analyzerModule.ModuleVersionId.ToString("N")[..12], new EmbeddedAnalyzer().Version);
    }

    [Fact]
    public void The_azure_version_names_the_api_and_model_asked_for() =>
        Assert.Equal("azure-language/2023-04-01/latest", new AzureLanguageAnalyzer(new Mock<LanguageClient>().Object).Version);

    [Fact]
    public void The_hybrid_version_changes_with_either_analyzer()
    {
        var embedded = new EmbeddedAnalyzer();
        var azure = new AzureLanguageAnalyzer(new Mock<LanguageClient>().Object);

        Assert.Equal($"hybrid/{embedded.Version}+{azure.Version}", new HybridAnalyzer(embedded, azure).Version);
    }
}
