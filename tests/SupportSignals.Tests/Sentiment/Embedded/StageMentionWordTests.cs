using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer54 (features of the learned English stage): the stage reads the word the rules' first mention opens
/// with and how many mentions they found, each crossed with the mention's polarity. Over the sentence's hashed words
/// alone a linear model cannot tell which word the rules' reading rests on ("quick" said of a martini, "requests"
/// taken by a DJ, "server" judged rude).
/// </summary>
public class StageMentionWordTests
{
    [Theory]
    [InlineData("The waiter was rude to my friend.", "waiter", Polarity.Negative, 1)]
    [InlineData("The soup was lovely, but the waitress ignored us all night.", "waitress", Polarity.Negative, 1)]
    [InlineData("Our host was charming and the bartender was attentive.", "host", Polarity.Positive, 2)]
    [InlineData("Support answered within the hour.", "support", Polarity.Positive, 1)]
    [InlineData("The receptionist handed us the keys.", "receptionist", Polarity.Neutral, 1)]
    public void The_stage_reads_the_word_the_first_mention_opens_with_and_how_many_there_are(string text, string word, Polarity polarity, int count)
    {
        var (features, reading) = Read(text);

        Assert.True(reading.Mention);
        Assert.Equal(polarity, reading.Polarity);
        Assert.Equal(count, reading.Count);
        Assert.StartsWith(word, text[reading.At..], StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ServiceStage.MentionWordIndex(word, polarity), features);
        Assert.Contains(ServiceStage.CountIndex(count, polarity), features);
    }

    [Fact]
    public void The_same_word_read_the_other_way_is_another_feature()
    {
        var (praised, _) = Read("The waiter was lovely.");
        var (blamed, _) = Read("The waiter was rude.");

        Assert.Contains(ServiceStage.MentionWordIndex("waiter", Polarity.Positive), praised);
        Assert.DoesNotContain(ServiceStage.MentionWordIndex("waiter", Polarity.Positive), blamed);
        Assert.Contains(ServiceStage.MentionWordIndex("waiter", Polarity.Negative), blamed);
    }

    [Fact]
    public void Three_mentions_or_more_are_one_feature()
    {
        Assert.Equal(ServiceStage.CountIndex(3, Polarity.Negative), ServiceStage.CountIndex(5, Polarity.Negative));
        Assert.NotEqual(ServiceStage.CountIndex(1, Polarity.Negative), ServiceStage.CountIndex(2, Polarity.Negative));
    }

    [Theory]
    [InlineData("The soup was too salty.")]
    [InlineData("We sat by the window.")]
    public void A_sentence_without_a_mention_has_neither_feature(string text)
    {
        var (features, reading) = Read(text);

        Assert.False(reading.Mention);
        Assert.Equal(-1, reading.At);
        Assert.Equal(0, reading.Count);
        foreach (var polarity in (Polarity[])[Polarity.Positive, Polarity.Negative, Polarity.Neutral])
        {
            Assert.DoesNotContain(ServiceStage.CountIndex(0, polarity), features);
            Assert.DoesNotContain(ServiceStage.CountIndex(1, polarity), features);
        }
    }

    private static (int[] Features, RuleReading Reading) Read(string text)
    {
        var read = new List<(int[], RuleReading)>();
        _ = new EmbeddedAnalyzer(Lexicon.Shared, null, (features, reading) => read.Add((features, reading))).Analyze("en", text, "en");
        return Assert.Single(read);
    }
}
