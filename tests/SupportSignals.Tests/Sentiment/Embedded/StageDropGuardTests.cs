using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using SupportSignals.Train;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>The learned stage's guard for strong rule mentions (round analyzer29): a word for the staff judged one way
/// in its own clause is dropped only past a threshold of its own, which the trainer chooses by cross-validation on the
/// own data; weak mentions (a cue alone, a wait, a pronoun, a staff word not judged) keep the ordinary one.</summary>
public class StageDropGuardTests
{
    private static readonly ServiceStage Guarded = new(new float[ServiceStage.Size * ServiceStage.Classes], 0.6f, 1.01f, 0.8f, 0.9f);

    [Theory]
    // rules' class, strong, probabilities (none, positive, negative, neutral), expected class
    [InlineData(2, false, new[] { 0.85f, 0.05f, 0.08f, 0.02f }, 0)] // a weak mention goes at the ordinary threshold
    [InlineData(2, true, new[] { 0.85f, 0.05f, 0.08f, 0.02f }, 2)] // a strong one stays
    [InlineData(1, true, new[] { 0.65f, 0.3f, 0.03f, 0.02f }, 1)]
    [InlineData(2, true, new[] { 0.95f, 0.01f, 0.03f, 0.01f }, 0)] // unless the stage is surer still
    [InlineData(3, true, new[] { 0.05f, 0.05f, 0.85f, 0.05f }, 2)] // re-polarisation is not guarded
    public void A_strong_mention_is_dropped_only_past_its_own_threshold(int rules, bool strong, float[] probabilities, int expected)
    {
        Assert.Equal(expected, Guarded.Decide(rules, cue: true, probabilities, strong));
    }

    [Theory]
    [InlineData("The waiter was rude.", true)]
    [InlineData("The service is poor.", true)]
    [InlineData("Our hostess was lovely to the children.", true)]
    [InlineData("The lamb was dry, but the staff were wonderful.", true)]
    [InlineData("The garden is pretty although the service is slow.", true)]
    [InlineData("We waited forty minutes for a table.", false)] // a wait, no word for the staff
    [InlineData("Attentive and quick, and the soup was great.", false)] // cues alone
    [InlineData("The waiter brought the soup.", false)] // a staff word, not judged
    [InlineData("The soup was lovely and hot.", false)] // no mention
    public void The_rules_say_which_mention_is_strong(string text, bool strong)
    {
        var example = Assert.Single(Example.Build([(1, text)]));

        Assert.Equal(strong, example.Strong);
    }

    [Theory]
    // a plain judgement of the service beside praise of something else: the stage used to drop these
    [InlineData("Parking is easy although the service is slow.", "service", Polarity.Negative)]
    [InlineData("Location is handy although the service is poor.", "service", Polarity.Negative)]
    [InlineData("The terrace is sunny although the service is slow.", "service", Polarity.Negative)]
    [InlineData("The chairs are hard although the service is fast.", "service", Polarity.Positive)]
    // and ones it kept before and keeps
    [InlineData("The menu is limited although the service is attentive.", "service", Polarity.Positive)]
    [InlineData("The lobby is grand although the staff are rude.", "staff", Polarity.Negative)]
    // the product never drops a strong mention: topic words the own data mostly tells without service ("pool",
    // "app") can make the stage sure of "no service" where the rules read a judged staff word plainly
    [InlineData("The staff by the pool were rude.", "staff", Polarity.Negative)]
    [InlineData("The support team behind the app is brilliant.", "support team", Polarity.Positive)]
    public void With_the_stage_a_strong_mention_beside_another_aspect_stays(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(new EmbeddedAnalyzer().Analyze("en", text, "en"), text, term).Polarity);
    }

    [Fact]
    public void The_product_stage_never_drops_a_strong_mention()
    {
        var stage = ServiceStage.Shared!;

        Assert.True(stage.StrongDropThreshold > 1f, $"strong drop threshold {stage.StrongDropThreshold}");
    }

    [Fact]
    public void The_weights_file_keeps_the_strong_threshold()
    {
        using var stream = new MemoryStream();
        Guarded.Write(stream);
        stream.Position = 0;

        Assert.Equal(0.9f, ServiceStage.Read(stream).StrongDropThreshold);
    }
}
