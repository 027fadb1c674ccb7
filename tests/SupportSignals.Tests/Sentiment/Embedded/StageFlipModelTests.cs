using System.Buffers.Binary;
using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>The learned stage's two weight sets (round analyzer31): the drop model decides drops, the flip model the
/// re-polarisation of a neutral reading the drop model kept; the weights file ("SSS3") holds one set or both.</summary>
public class StageFlipModelTests
{
    private const int Weights = ServiceStage.Size * ServiceStage.Classes;

    private static readonly ServiceStage Thresholds = new(new float[Weights], new float[Weights], 0.85f, 1.01f, 0.8f, 1.01f);

    [Theory]
    // rules' class, drop model's probabilities, flip model's probabilities (none, positive, negative, neutral), expected
    [InlineData(3, new[] { 0.1f, 0.2f, 0.2f, 0.5f }, new[] { 0.01f, 0.04f, 0.9f, 0.05f }, 2)] // the flip model re-polarises what the drop model keeps
    [InlineData(3, new[] { 0.1f, 0.8f, 0.05f, 0.05f }, new[] { 0.01f, 0.09f, 0.3f, 0.6f }, 3)] // the drop model's own polarity does not
    [InlineData(3, new[] { 0.9f, 0.02f, 0.03f, 0.05f }, new[] { 0.01f, 0.04f, 0.9f, 0.05f }, 0)] // a drop wins over a re-polarisation
    [InlineData(3, new[] { 0.1f, 0.2f, 0.2f, 0.5f }, new[] { 0.9f, 0.04f, 0.01f, 0.05f }, 3)] // the flip model never drops
    [InlineData(3, new[] { 0.1f, 0.2f, 0.2f, 0.5f }, new[] { 0.01f, 0.25f, 0.7f, 0.04f }, 3)] // nor re-polarises below its threshold
    [InlineData(1, new[] { 0.1f, 0.6f, 0.2f, 0.1f }, new[] { 0.01f, 0.04f, 0.9f, 0.05f }, 1)] // a judged reading is never swapped
    [InlineData(2, new[] { 0.86f, 0.04f, 0.05f, 0.05f }, new[] { 0.01f, 0.04f, 0.9f, 0.05f }, 0)] // drops are the drop model's alone
    public void Drops_are_decided_by_the_drop_model_and_re_polarisations_by_the_flip_model(int rules, float[] drop, float[] flip, int expected)
    {
        Assert.Equal(expected, Thresholds.Decide(rules, cue: true, drop, flip));
    }

    [Fact]
    public void The_weights_file_holds_both_weight_sets()
    {
        var random = new Random(5);
        var drop = new float[Weights];
        var flip = new float[Weights];
        for (var i = 0; i < Weights; i++)
        {
            drop[i] = (float)((random.NextDouble() * 4) - 2);
            flip[i] = (float)((random.NextDouble() * 0.5) - 0.25);
        }
        using var stream = new MemoryStream();
        new ServiceStage(drop, flip, 0.85f, 1.01f, 0.9f, 0.95f).Write(stream);
        stream.Position = 0;

        var read = ServiceStage.Read(stream);

        Assert.Equal(40 + (2 * Weights), stream.Length);
        Assert.True(read.SeparateFlipModel);
        Assert.Equal((0.85f, 1.01f, 0.9f, 0.95f), (read.DropThreshold, read.AddThreshold, read.FlipThreshold, read.StrongDropThreshold));
        for (var i = 0; i < Weights; i++)
        {
            // each set has its own scale: the small flip weights keep their precision beside the large drop weights
            Assert.True(Math.Abs(drop[i] - read.Weights[i]) <= 2f / 127f, $"drop weight {i}");
            Assert.True(Math.Abs(flip[i] - read.FlipWeights[i]) <= 0.25f / 127f, $"flip weight {i}");
        }
    }

    [Fact]
    public void A_stage_with_one_weight_set_writes_it_once_and_uses_it_for_both()
    {
        var weights = new float[Weights];
        weights[7] = 1f;
        using var stream = new MemoryStream();
        new ServiceStage(weights, 0.85f, 1.01f, 0.85f).Write(stream);
        stream.Position = 0;

        var read = ServiceStage.Read(stream);

        Assert.Equal(40 + Weights, stream.Length);
        Assert.False(read.SeparateFlipModel);
        Assert.Equal(read.Weights.ToArray(), read.FlipWeights.ToArray());
    }

    [Theory]
    [InlineData(0x32535353u, 1)] // "SSS2": the one-model file of rounds analyzer29-30
    [InlineData(0x33535353u, 0)] // "SSS3" with no weight set
    [InlineData(0x33535353u, 3)] // or more than two
    public void A_header_of_another_version_or_count_is_refused(uint magic, int sets)
    {
        var bytes = new byte[40 + (2 * Weights)];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, magic);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), ServiceStage.Bits);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), ServiceStage.Classes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(36), sets);

        Assert.Throws<InvalidDataException>(() => ServiceStage.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public void The_flip_model_re_polarises_a_neutral_mention_the_drop_model_keeps()
    {
        // the drop model is sure of nothing (all probabilities a quarter); the flip model reads every feature as
        // negative: a neutral narration is re-polarised, a judged reading is left alone, nothing is dropped
        var flip = new float[Weights];
        for (var f = 0; f < ServiceStage.Size; f++)
        {
            flip[(f * ServiceStage.Classes) + 2] = 1f;
        }
        var analyzer = new EmbeddedAnalyzer(Lexicon.Shared, new ServiceStage(new float[Weights], flip, 0.85f, 1.01f, 0.85f));
        const string narration = "The waiter took our order.";
        const string praise = "The waiter was really attentive.";

        Assert.Equal(Polarity.Neutral, MentionOf(new EmbeddedAnalyzer(Lexicon.Shared).Analyze("en", narration, "en"), narration, "waiter").Polarity);
        Assert.Equal(Polarity.Negative, MentionOf(analyzer.Analyze("en", narration, "en"), narration, "waiter").Polarity);
        Assert.Equal(Polarity.Positive, MentionOf(analyzer.Analyze("en", praise, "en"), praise, "waiter").Polarity);
    }

    [Fact]
    public void The_drop_model_drops_whatever_the_flip_model_says()
    {
        var drop = new float[Weights];
        var flip = new float[Weights];
        for (var f = 0; f < ServiceStage.Size; f++)
        {
            drop[f * ServiceStage.Classes] = 1f;
            flip[(f * ServiceStage.Classes) + 1] = 1f;
        }
        var analyzer = new EmbeddedAnalyzer(Lexicon.Shared, new ServiceStage(drop, flip, 0.85f, 1.01f, 0.85f));

        Assert.Empty(analyzer.Analyze("en", "The waiter took our order.", "en").Mentions);
    }

    [Theory]
    // staff acts told plainly whose meaning for the guest is clear: the rules read a neutral narration, the flip model
    // (trained on service sentences, analyzer25's among them) reads the judgement
    [InlineData("The staff let the phone ring at the desk while we waited.", "staff", Polarity.Negative)]
    [InlineData("The bartender let us taste three wines before we chose.", "bartender", Polarity.Positive)]
    [InlineData("The host found us a quiet corner when the baby fell asleep.", "host", Polarity.Positive)]
    // and ones the one-model stage read right already
    [InlineData("The waiter cleared my plate while I was still holding my fork.", "waiter", Polarity.Negative)]
    [InlineData("The server put the check down before we had ordered dessert.", "server", Polarity.Negative)]
    [InlineData("The concierge booked us a table at a place that was full online.", "concierge", Polarity.Positive)]
    [InlineData("The hostess looked at her phone while we stood at the stand.", "hostess", Polarity.Negative)]
    public void With_the_flip_model_a_narrated_staff_act_is_read_for_what_it_means(string text, string term, Polarity polarity)
    {
        Assert.Equal(Polarity.Neutral, MentionOf(new EmbeddedAnalyzer(Lexicon.Shared).Analyze("en", text, "en"), text, term).Polarity);

        Assert.Equal(polarity, MentionOf(new EmbeddedAnalyzer().Analyze("en", text, "en"), text, term).Polarity);
    }

    [Theory]
    [InlineData("The waiter took our order and brought the drinks.", "waiter")]
    [InlineData("The receptionist gave us the keys and the wifi password.", "receptionist")]
    [InlineData("The waiter poured the wine.", "waiter")]
    [InlineData("The waitress brought the menus and a jug of water.", "waitress")]
    public void With_the_flip_model_a_plain_narration_stays_neutral(string text, string term)
    {
        Assert.Equal(Polarity.Neutral, MentionOf(new EmbeddedAnalyzer().Analyze("en", text, "en"), text, term).Polarity);
    }

    [Fact]
    public void Deciding_a_neutral_reading_with_both_models_allocates_nothing()
    {
        var stage = ServiceStage.Shared!;
        int[] features = [3, 17, 4095, 9000, 16000];
        var reading = new RuleReading(true, Polarity.Neutral, ServiceCategory.Friendliness, Polarity.Neutral, Cue: true);
        stage.Decide(features, reading);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            stage.Decide(features, reading);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
