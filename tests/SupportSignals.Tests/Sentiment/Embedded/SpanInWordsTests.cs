using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>A span of time in words ("forty minutes", "half an hour", "an hour") is a wait like one in digits when a
/// word that measures a wait leads it ("took", "after") or a verb of waiting does; unled it tells how long the guest
/// stayed.</summary>
public class SpanInWordsTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Our drinks took forty minutes to show up.", "minutes")]
    [InlineData("It took them over an hour to bring the bill.", "hour")]
    [InlineData("Check-in took over an hour.", "Check-in")]
    [InlineData("After half an hour the waiter finally came over.", "waiter")]
    [InlineData("We waited an hour and the waiter never came back.", "waiter")]
    [InlineData("The helpdesk takes two hours to pick up the phone.", "helpdesk")]
    public void A_span_in_words_after_taking_or_waiting_is_a_wait(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Theory]
    [InlineData("We spent three lovely hours there over dinner.")]
    [InlineData("It takes ten minutes to walk there from the station.")]
    [InlineData("The hotel is an hour from the airport by train.")]
    public void A_span_the_guest_stayed_or_travelled_is_no_wait(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Theory]
    [InlineData("We arrived an hour before closing and the staff were lovely.", "staff")]
    [InlineData("Our waiter was fantastic even after two hours of questions from us.", "waiter")]
    public void Praise_beside_an_unled_or_praised_span_stays_praise(string text, string term)
    {
        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }
}
