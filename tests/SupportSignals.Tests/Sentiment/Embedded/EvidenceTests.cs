using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>How positive and negative evidence become one polarity.</summary>
public class EvidenceTests
{
    [Theory]
    [InlineData(3f, 2f, Polarity.Positive)]
    [InlineData(1.5f, 2.2f, Polarity.Negative)]
    [InlineData(3f, 2.8f, Polarity.Mixed)]
    [InlineData(0.5f, 0.5f, Polarity.Neutral)]
    public void Only_nearly_balanced_sides_are_mixed(float positive, float negative, Polarity expected)
    {
        Assert.Equal(expected, new Evidence(positive, negative).Polarity);
    }
}
