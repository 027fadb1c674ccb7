using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

public class EmbeddedAnalyzerTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Fact]
    public void Contrast_credits_the_praise_to_the_product_and_the_blame_to_support()
    {
        const string text = "The product is great but support never answered.";
        var analysis = _analyzer.Analyze("c1", text);

        var mention = MentionOf(analysis, text, "support");
        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal("support", mention.Target);
        Assert.Single(analysis.Mentions);
        Assert.NotEqual(Polarity.Neutral, analysis.Polarity);
    }

    [Fact]
    public void Contrast_in_a_restaurant_review_blames_the_waiter()
    {
        const string text = "The food was delicious, but the waiter was rude.";
        var mention = MentionOf(_analyzer.Analyze("c2", text), text, "waiter");

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Friendliness, mention.Category);
    }

    [Theory]
    [InlineData("The agent was not helpful at all.", "agent")]
    [InlineData("The support team didn't help me with the invoice.", "support team")]
    [InlineData("Nobody from customer service ever called me back.", "customer service")]
    public void Negation_turns_help_into_a_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("n", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Fact]
    public void A_negated_complaint_is_not_a_complaint()
    {
        const string text = "The onboarding was not bad at all.";
        var mention = MentionOf(_analyzer.Analyze("n2", text), text, "onboarding");

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void Intensifiers_raise_the_confidence_of_a_mention()
    {
        const string plain = "The staff were friendly.";
        const string intense = "The staff were extremely friendly!";

        var weak = MentionOf(_analyzer.Analyze("i1", plain), plain, "staff");
        var strong = MentionOf(_analyzer.Analyze("i2", intense), intense, "staff");

        Assert.Equal(Polarity.Positive, weak.Polarity);
        Assert.Equal(Polarity.Positive, strong.Polarity);
        Assert.True(strong.Confidence > weak.Confidence, $"{strong.Confidence} <= {weak.Confidence}");
    }

    [Theory]
    [InlineData("Support team sorted my billing issue within minutes 👍", "Support team", Polarity.Positive)]
    [InlineData("Customer service 👎👎", "Customer service", Polarity.Negative)]
    [InlineData("Our account manager is a star :)", "account manager", Polarity.Positive)]
    public void Emoji_and_emoticons_carry_sentiment(string text, string term, Polarity expected)
    {
        var mention = MentionOf(_analyzer.Analyze("e", text), text, term);

        Assert.Equal(expected, mention.Polarity);
    }

    [Fact]
    public void Emoji_with_a_skin_tone_is_one_token_and_spans_stay_right()
    {
        const string text = "👏🏽 The helpdesk was brilliant.";
        var analysis = _analyzer.Analyze("e2", text);

        var mention = MentionOf(analysis, text, "helpdesk");
        Assert.Equal(Polarity.Positive, mention.Polarity);
        Assert.Equal(text.IndexOf("helpdesk", StringComparison.Ordinal), mention.Offset);
    }

    [Theory]
    [InlineData("Great job, support, three weeks and still no answer 🙄")]
    [InlineData("Oh great, the support chat is down again. Thanks for nothing.")]
    [InlineData("Yeah right, the agent was super helpful.")]
    public void Sarcasm_markers_turn_praise_into_blame(string text)
    {
        var analysis = _analyzer.Analyze("s", text);

        Assert.True(analysis.MentionsService, text);
        Assert.Contains(analysis.Mentions, m => m.Polarity == Polarity.Negative);
        Assert.DoesNotContain(analysis.Mentions, m => m.Polarity == Polarity.Positive);
    }

    [Fact]
    public void Hospitality_staff_are_service_targets()
    {
        const string text = "Our waitress was attentive and the bartender was lovely.";
        var analysis = _analyzer.Analyze("h", text);

        Assert.Equal(Polarity.Positive, MentionOf(analysis, text, "waitress").Polarity);
        Assert.Equal(Polarity.Positive, MentionOf(analysis, text, "bartender").Polarity);
        Assert.All(analysis.Mentions, m => Assert.Equal(ServiceCategory.Friendliness, m.Category));
    }

    [Theory]
    [InlineData("Our CSM walked us through the setup and the onboarding was smooth.", "CSM", ServiceCategory.Onboarding, Polarity.Positive)]
    [InlineData("The response time was painfully slow.", "response time", ServiceCategory.Speed, Polarity.Negative)]
    [InlineData("The rep clearly had no idea how the API works.", "rep", ServiceCategory.Knowledge, Polarity.Negative)]
    [InlineData("Nobody picks up the phone line and the live chat is always offline.", "phone line", ServiceCategory.Availability, Polarity.Negative)]
    [InlineData("The agent resolved my ticket on the first reply.", "agent", ServiceCategory.Resolution, Polarity.Positive)]
    [InlineData("The reception staff were warm and welcoming.", "reception staff", ServiceCategory.Friendliness, Polarity.Positive)]
    public void SaaS_and_hospitality_vocabulary_map_to_categories(string text, string term, ServiceCategory category, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("v", text), text, term);

        Assert.Equal(category, mention.Category);
        Assert.Equal(polarity, mention.Polarity);
    }

    [Fact]
    public void An_implicit_mention_spans_its_cue()
    {
        const string text = "We waited forty minutes and nobody came to take our order.";
        var analysis = _analyzer.Analyze("imp", text);

        var mention = Assert.Single(analysis.Mentions);
        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
        Assert.Equal("waited", mention.Target);
    }

    [Fact]
    public void Product_talk_has_no_service_mention()
    {
        var analysis = _analyzer.Analyze("p", "The dashboard loads fast and the reports are really useful.");

        Assert.False(analysis.MentionsService, Describe(analysis));
        Assert.Equal(Polarity.Positive, analysis.Polarity);
    }

    [Fact]
    public void A_plain_statement_about_support_is_neutral()
    {
        const string text = "I spoke with the support team on Tuesday.";
        var mention = MentionOf(_analyzer.Analyze("neu", text), text, "support team");

        Assert.Equal(Polarity.Neutral, mention.Polarity);
    }

    [Fact]
    public void Sentences_are_split_with_offsets_and_the_document_is_mixed()
    {
        const string text = "Billing was confusing and frustrating. Then the support team fixed it in ten minutes!";
        var analysis = _analyzer.Analyze("doc", text);

        Assert.Equal(2, analysis.Sentences.Count);
        Assert.Equal(Polarity.Negative, analysis.Sentences[0].Polarity);
        Assert.Equal(Polarity.Positive, analysis.Sentences[1].Polarity);
        Assert.Equal(text.IndexOf("Then", StringComparison.Ordinal), analysis.Sentences[1].Offset);
        Assert.Equal(text.Substring(analysis.Sentences[1].Offset, analysis.Sentences[1].Length), analysis.Sentences[1].Text);
        Assert.Equal(Polarity.Mixed, analysis.Polarity);
        Assert.True(MentionOf(analysis, text, "support team").Offset > analysis.Sentences[1].Offset);
    }

    [Fact]
    public void A_long_run_on_text_without_punctuation_is_analysed_with_bounded_mentions()
    {
        var text = string.Concat(Enumerable.Repeat("the food came and the waiter was rude and the price was high ", 400));
        var analysis = _analyzer.Analyze("long", text);

        Assert.Single(analysis.Sentences);
        Assert.InRange(analysis.Mentions.Count, 1, 8);
        Assert.All(analysis.Mentions, m => Assert.Equal(Polarity.Negative, m.Polarity));
    }

    [Fact]
    public void Scores_are_confidences_that_sum_to_one()
    {
        var analysis = _analyzer.Analyze("sc", "The staff were wonderful and the manager was very kind.");

        Assert.Equal(Polarity.Positive, analysis.Polarity);
        Assert.InRange(analysis.Scores.Positive + analysis.Scores.Neutral + analysis.Scores.Negative, 0.999, 1.001);
        Assert.True(analysis.Scores.Positive > analysis.Scores.Negative);
    }

    [Fact]
    public void Empty_text_is_neutral_with_no_sentences()
    {
        var analysis = _analyzer.Analyze("empty", "   ");

        Assert.Empty(analysis.Sentences);
        Assert.Empty(analysis.Mentions);
        Assert.Equal(Polarity.Neutral, analysis.Polarity);
        Assert.Equal("und", analysis.Language);
    }

    [Fact]
    public async Task AnalyzeAsync_answers_each_request_in_order_and_honours_the_language_hint()
    {
        var results = await _analyzer.AnalyzeAsync(
        [
            new AnalysisRequest("a", "The waiter was rude."),
            new AnalysisRequest("b", "Der Kellner war sehr freundlich.", "de-DE"),
        ]);

        Assert.Equal(["a", "b"], results.Select(r => r.Id));
        Assert.Equal(Polarity.Negative, results[0].Mentions.Single().Polarity);
        Assert.Equal("de", results[1].Language);
        Assert.Equal(Polarity.Positive, results[1].Mentions.Single().Polarity);
    }

    [Fact]
    public async Task AnalyzeAsync_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            _analyzer.AnalyzeAsync([new AnalysisRequest("a", "Fine.")], cancelled.Token));
    }
}
