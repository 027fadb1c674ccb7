using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using SupportSignals.Train;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>The learned English second stage (on in the product since round analyzer21): its decision rule, its
/// weights file, what it does to the rules' mentions, and the trainer that makes it.</summary>
public class ServiceStageTests
{
    private static readonly ServiceStage Thresholds = new(new float[ServiceStage.Size * ServiceStage.Classes], 0.6f, 0.7f, 0.8f);

    [Theory]
    // rules' class, cue, probabilities (none, positive, negative, neutral), expected class
    [InlineData(0, true, new[] { 0.2f, 0.75f, 0.03f, 0.02f }, 1)] // a confident add where a service word stands
    [InlineData(0, false, new[] { 0.2f, 0.75f, 0.03f, 0.02f }, 0)] // never an add without one
    [InlineData(0, true, new[] { 0.35f, 0.6f, 0.03f, 0.02f }, 0)] // nor below the threshold
    [InlineData(1, false, new[] { 0.65f, 0.3f, 0.03f, 0.02f }, 0)] // a confident drop
    [InlineData(1, false, new[] { 0.55f, 0.4f, 0.03f, 0.02f }, 1)] // an unsure one keeps the mention
    [InlineData(3, true, new[] { 0.05f, 0.05f, 0.85f, 0.05f }, 2)] // a confident re-polarisation
    [InlineData(3, true, new[] { 0.05f, 0.15f, 0.75f, 0.05f }, 3)] // an unsure one keeps the rules' polarity
    [InlineData(1, true, new[] { 0.01f, 0.02f, 0.95f, 0.02f }, 1)] // positive and negative are never swapped
    [InlineData(2, true, new[] { 0.01f, 0.95f, 0.02f, 0.02f }, 2)]
    [InlineData(1, true, new[] { 0.02f, 0.02f, 0.01f, 0.95f }, 1)] // nor a judgement made neutral
    [InlineData(-1, true, new[] { 0.97f, 0.01f, 0.01f, 0.01f }, -1)] // a mixed reading is left alone
    public void The_stage_overrides_the_rules_only_past_its_threshold(int rules, bool cue, float[] probabilities, int expected)
    {
        Assert.Equal(expected, Thresholds.Decide(rules, cue, probabilities));
    }

    [Fact]
    public void The_weights_file_round_trips_within_its_quantisation()
    {
        var random = new Random(7);
        var weights = new float[ServiceStage.Size * ServiceStage.Classes];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)((random.NextDouble() * 4) - 2);
        }
        var stage = new ServiceStage(weights, 0.55f, 0.7f, 0.75f);
        using var stream = new MemoryStream();
        stage.Write(stream);
        stream.Position = 0;

        var read = ServiceStage.Read(stream);

        Assert.Equal(40 + weights.Length, stream.Length); // one weight set: the flip model is the drop model
        Assert.Equal((0.55f, 0.7f, 0.75f), (read.DropThreshold, read.AddThreshold, read.FlipThreshold));
        for (var i = 0; i < weights.Length; i++)
        {
            Assert.True(Math.Abs(weights[i] - read.Weights[i]) <= 2f / 127f, $"weight {i}: {weights[i]} read back as {read.Weights[i]}");
        }
    }

    [Fact]
    public void A_file_of_another_shape_is_refused()
    {
        using var stream = new MemoryStream(new byte[64]);

        Assert.Throws<InvalidDataException>(() => ServiceStage.Read(stream));
    }

    [Fact]
    public void The_weights_of_this_build_are_embedded()
    {
        Assert.NotNull(ServiceStage.Shared);
    }

    [Fact]
    public void The_trainer_learns_a_separable_set()
    {
        // class c is told by features 100c..100c+4, plus a shared bias feature and some noise features
        var random = new Random(3);
        var features = new List<int[]>();
        var labels = new List<int>();
        for (var i = 0; i < 200; i++)
        {
            var label = i % ServiceStage.Classes;
            features.Add([1, (100 * label) + random.Next(5), 1000 + random.Next(50)]);
            labels.Add(label);
        }

        var weights = Trainer.Fit(features, labels, epochs: 10, seed: 1);

        Span<float> p = stackalloc float[ServiceStage.Classes];
        for (var i = 0; i < features.Count; i++)
        {
            ServiceStage.Probabilities(weights, features[i], p);
            var best = 0;
            for (var c = 1; c < ServiceStage.Classes; c++)
            {
                best = p[c] > p[best] ? c : best;
            }
            Assert.Equal(labels[i], best);
        }
    }

    [Fact]
    public void The_trainer_is_deterministic()
    {
        var features = new List<int[]> { new[] { 1, 2 }, new[] { 1, 3 }, new[] { 4, 5 }, new[] { 4, 6 } };
        var labels = new List<int> { 1, 1, 2, 2 };

        Assert.Equal(Trainer.Fit(features, labels, seed: 5), Trainer.Fit(features, labels, seed: 5));
    }

    [Fact]
    public void The_trainer_reads_the_rules_over_each_sentence()
    {
        var examples = Example.Build([(2, "The waiter was rude to us."), (0, "The soup was too salty.")]);

        Assert.Equal(2, examples[0].RuleClass);
        Assert.True(examples[0].Cue);
        Assert.Equal(0, examples[1].RuleClass);
        Assert.NotEmpty(examples[1].Features);
        Assert.All(examples.SelectMany(e => e.Features), f => Assert.InRange(f, 0, ServiceStage.Size - 1));
    }

    [Fact]
    public void The_figures_on_the_data_are_the_harness_ones()
    {
        // gold: none, positive, negative, neutral; predicted: a false mention, a right one, a wrong polarity, a miss
        var metrics = Metrics.Of([0, 1, 2, 3], [1, 1, 1, 0]);

        Assert.Equal(2 / 3.0, metrics.F1, 4); // detection: 2 right, 1 false, 1 missed
        Assert.Equal(1 / 3.0, metrics.Polarity, 4); // 1 of the 3 service sentences read right
        Assert.Equal(1 / 3.0, metrics.EndToEnd, 4); // 1 right of 3 detected and of 3 in the gold
    }

    [Fact]
    public void The_product_analyzer_reads_with_the_stage()
    {
        const string text = "The concierge carried on his phone call while we waited at his desk.";
        var staged = new EmbeddedAnalyzer(Lexicon.Shared, ServiceStage.Shared).Analyze("en", text, "en");

        var product = new EmbeddedAnalyzer().Analyze("en", text, "en");

        Assert.Equal(Describe(staged), Describe(product));
    }

    [Fact]
    public void The_product_stage_reviews_the_rules_mentions_with_a_flip_model_of_its_own_and_adds_none()
    {
        var stage = ServiceStage.Shared!;

        Assert.False(stage.Adds);
        Assert.True(stage.SeparateFlipModel);
        Assert.InRange(stage.DropThreshold, 0.85f, 1f);
        Assert.InRange(stage.FlipThreshold, 0.85f, 1f);
    }

    [Theory]
    // staff who attend to something else while the guest waits: the rules read a neutral narration
    [InlineData("The concierge carried on his phone call while we waited at his desk.", "concierge")]
    [InlineData("The receptionist kept talking to her friend while we stood at the desk.", "receptionist")]
    [InlineData("The hostess looked at us and went back to her conversation.", "hostess")]
    public void With_the_stage_a_narrated_neglect_is_a_complaint(string text, string term)
    {
        var rules = MentionOf(new EmbeddedAnalyzer(Lexicon.Shared).Analyze("en", text, "en"), text, term);

        var mention = MentionOf(new EmbeddedAnalyzer().Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Neutral, rules.Polarity);
        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    // a word for staff or service that names a job, a room or another kind of service: the rules make a mention
    [InlineData("The hotel is looking for new staff for the season.")]
    [InlineData("The server rack hums in the corner of the office.")]
    [InlineData("There is a service lift for deliveries.")]
    public void With_the_stage_a_service_word_of_something_else_makes_no_mention(string text)
    {
        Assert.NotEmpty(new EmbeddedAnalyzer(Lexicon.Shared).Analyze("en", text, "en").Mentions);

        Assert.Empty(new EmbeddedAnalyzer().Analyze("en", text, "en").Mentions);
    }

    [Theory]
    [InlineData("The waiter was really attentive.", "waiter", Polarity.Positive)]
    [InlineData("The waiter was really rude.", "waiter", Polarity.Negative)]
    [InlineData("The waiter took our order.", "waiter", Polarity.Neutral)]
    [InlineData("We asked the receptionist about the shuttle.", "receptionist", Polarity.Neutral)]
    public void The_stage_leaves_a_plain_reading_alone(string text, string term, Polarity polarity)
    {
        Assert.Equal(polarity, MentionOf(new EmbeddedAnalyzer().Analyze("en", text, "en"), text, term).Polarity);
    }

    [Fact]
    public void A_stage_that_adds_nothing_leaves_a_sentence_without_a_rule_mention_unscored()
    {
        // "brought" is a word of service, but the rules make no mention of a dish brought: nothing to review
        const string text = "They brought our plates fresh from the oven.";

        Assert.Empty(new EmbeddedAnalyzer().Analyze("en", text, "en").Mentions);
    }

    [Theory]
    [InlineData("es", "El camarero fue muy amable con nosotros.")]
    [InlineData("nl", "De ober was erg vriendelijk.")]
    [InlineData("fr", "Le serveur était désagréable.")]
    public void The_stage_reads_english_only(string language, string text)
    {
        var rules = new EmbeddedAnalyzer(Lexicon.Shared).Analyze("t", text, language);

        var staged = new EmbeddedAnalyzer(Lexicon.Shared, ServiceStage.Shared).Analyze("t", text, language);

        Assert.Equal(Describe(rules), Describe(staged));
    }

    [Fact]
    public void The_shipped_stage_scores_its_bytes_as_the_floats_they_stand_for()
    {
        var stage = ServiceStage.Shared!;
        var floats = new ServiceStage(stage.Weights.ToArray(), stage.FlipWeights.ToArray(), stage.DropThreshold, stage.AddThreshold, stage.FlipThreshold);
        var random = new Random(11);
        Span<float> fromBytes = stackalloc float[ServiceStage.Classes];
        Span<float> fromFloats = stackalloc float[ServiceStage.Classes];
        for (var sentence = 0; sentence < 200; sentence++)
        {
            var features = new int[random.Next(1, 60)];
            for (var i = 0; i < features.Length; i++)
            {
                features[i] = random.Next(ServiceStage.Size);
            }

            stage.Probabilities(features, fromBytes);
            floats.Probabilities(features, fromFloats);
            AssertClose(fromFloats, fromBytes);

            stage.FlipProbabilities(features, fromBytes);
            floats.FlipProbabilities(features, fromFloats);
            AssertClose(fromFloats, fromBytes);
        }
    }

    private static void AssertClose(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        for (var c = 0; c < ServiceStage.Classes; c++)
        {
            Assert.Equal(expected[c], actual[c], tolerance: 1e-5f);
        }
    }

    [Fact]
    public void Scoring_a_sentence_allocates_nothing()
    {
        var stage = ServiceStage.Shared!;
        int[] features = [3, 17, 4095, 9000, 16000];
        Span<float> p = stackalloc float[ServiceStage.Classes];
        stage.Probabilities(features, p);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            stage.Probabilities(features, p);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
