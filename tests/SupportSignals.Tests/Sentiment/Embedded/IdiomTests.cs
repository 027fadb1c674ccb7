using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Idioms that contain a service word but say nothing about the service.</summary>
public class IdiomTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("fr", "Une adresse parfaite pour les amateurs de fromage.")]
    [InlineData("fr", "J'oubliais : la terrasse donne sur le port.")]
    [InlineData("fr", "Merci et à très vite !")]
    [InlineData("nl", "Ideaal voor een snelle hap na het werk.")]
    [InlineData("nl", "Een avond om nooit te vergeten.")]
    public void Make_no_mention(string language, string text)
    {
        var analysis = _analyzer.Analyze(language, text);

        Assert.Empty(analysis.Mentions);
    }

    [Theory]
    [InlineData("fr", "Une petite crêperie à conseiller !")]
    [InlineData("nl", "Een onvergetelijke avond aan zee.")]
    public void Still_carry_their_sentiment(string language, string text)
    {
        Assert.Equal(Polarity.Positive, _analyzer.Analyze(language, text).Polarity);
    }
}
