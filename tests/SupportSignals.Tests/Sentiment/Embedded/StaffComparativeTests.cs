using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer67 (negation leftovers and comparatives of the staff): nobody compared with the one who served, and a
/// comparative denied after "a"/"an", are superlatives of the comparative's own leaning.
/// </summary>
public class StaffComparativeTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("No one on the team was more patient than Priya.", "team", Polarity.Positive)]
    [InlineData("Nobody at the front desk was quicker than Ahmed to help.", "front desk", Polarity.Positive)]
    [InlineData("No agent has ever been friendlier than the one I had today.", "agent", Polarity.Positive)]
    [InlineData("No other helpdesk has been faster than theirs.", "helpdesk", Polarity.Positive)]
    [InlineData("No one could be kinder than the nurse on the night shift.", "nurse", Polarity.Positive)]
    [InlineData("Nobody was more rude than the bartender.", "bartender", Polarity.Negative)]
    [InlineData("No one was worse than the duty manager.", "manager", Polarity.Negative)]
    [InlineData("The bartender was no more helpful than a brick.", "bartender", Polarity.Negative)]
    [InlineData("The agent was no better than the chatbot.", "agent", Polarity.Negative)]
    public void Nobody_compared_with_the_one_who_served_is_a_superlative(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("I have never met a kinder receptionist.", "receptionist", Polarity.Positive)]
    [InlineData("You won't find a friendlier crew in town.", "crew", Polarity.Positive)]
    [InlineData("We have never had a more attentive waitress.", "waitress", Polarity.Positive)]
    [InlineData("I have never met a ruder bartender.", "bartender", Polarity.Negative)]
    [InlineData("The concierge was not friendly.", "concierge", Polarity.Negative)]
    public void A_comparative_denied_after_an_article_is_a_superlative(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("The helpdesk was slower than ever.", "helpdesk", Polarity.Negative)]
    [InlineData("The new receptionist was ruder than the old one.", "receptionist", Polarity.Negative)]
    public void Comparatives_of_blame_are_read(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("Nobody at the reception could have done more for us.", "reception", Polarity.Positive)]
    [InlineData("None of the nurses could have done more to help.", "nurses", Polarity.Positive)]
    [InlineData("The receptionist could have done more to help us.", "receptionist", Polarity.Negative)]
    [InlineData("The helpdesk could have done more for us.", "helpdesk", Polarity.Negative)]
    [InlineData("The concierge could not have done more for us.", "concierge", Polarity.Positive)]
    [InlineData("Support escalated my case without anyone telling me.", "Support", Polarity.Negative)]
    [InlineData("The hotel staff moved our room without anybody asking us.", "staff", Polarity.Negative)]
    public void What_more_could_have_been_done_and_acts_without_anyone_telling(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("No one at the reception was anything but welcoming.", "reception", Polarity.Positive)]
    [InlineData("None of the nurses were anything but gentle with my mother.", "nurses", Polarity.Positive)]
    [InlineData("Not one agent was anything but polite on the phone.", "agent", Polarity.Positive)]
    [InlineData("The receptionist was anything but welcoming.", "receptionist", Polarity.Negative)]
    [InlineData("The bartender was anything but friendly.", "bartender", Polarity.Negative)]
    public void Anything_but_after_a_negator_is_a_double_negation(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("The helpdesk never left an email unanswered.", "helpdesk", Polarity.Positive)]
    [InlineData("Their support team never leaves a ticket unanswered.", "support team", Polarity.Positive)]
    [InlineData("The hotel staff didn't leave us waiting at check in.", "staff", Polarity.Positive)]
    [InlineData("The agent left my question unanswered for days.", "agent", Polarity.Negative)]
    public void A_negator_reaches_through_leave(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
