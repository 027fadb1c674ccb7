using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>English idioms of how staff carried themselves, bounds on a wait, and words of service used of something
/// else (advice to the reader, a verb of hosting, a slow day).</summary>
public class EnglishServiceIdiomTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("The barista acted as if she was doing us a favor.", "barista")]
    [InlineData("Our server was pushy and overbearing all night.", "server")]
    [InlineData("The host seemed unappreciative of the business we bring.", "host")]
    [InlineData("The manager asked us to take our business elsewhere.", "manager")]
    [InlineData("The owner came over without so much as a smile.", "owner")]
    [InlineData("He gives subpar service to anyone who is not a regular.", "service")]
    public void Complaints_about_demeanour_blame_the_staff(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("The crew there has always treated us as family.", "crew")]
    [InlineData("The waitstaffs are lovely.", "waitstaffs")]
    [InlineData("The bartenders were never pushy or intrusive.", "bartenders")]
    public void Praise_of_the_staff_is_positive(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(Polarity.Positive, mention.Polarity);
    }

    [Fact]
    public void What_one_cannot_stand_is_blamed_even_after_praise()
    {
        const string text = "We adore their curry, but I can't stand the wait outside.";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, "wait").Polarity);
    }

    [Theory]
    [InlineData("You will wait for max 10 minutes at the door.", "wait")]
    [InlineData("We waited fifteen minutes tops for a table.", "waited")]
    public void A_bounded_wait_is_no_complaint(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.NotEqual(Polarity.Negative, mention.Polarity);
    }

    [Theory]
    [InlineData("And let's not forget the lemon tart!")]
    [InlineData("Forget about parking nearby on a Friday.")]
    [InlineData("A good room to host a birthday party.")]
    [InlineData("We came on a lazy Sunday and ordered pancakes.")]
    [InlineData("The complimentary bread basket was warm.")]
    public void Service_words_used_of_something_else_make_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("en", text, "en");

        Assert.Empty(analysis.Mentions);
    }

    [Theory]
    [InlineData("The owner came over without so much as a hello or a smile.", "owner", Polarity.Negative)]
    [InlineData("Not a smile or a greeting from the hostess.", "hostess", Polarity.Negative)]
    [InlineData("The staff were quick and kind, but not over-bearing or rushed.", "staff", Polarity.Positive)]
    [InlineData("Our waiter was never pushy or rude.", "waiter", Polarity.Positive)]
    [InlineData("The waiter was rude or maybe just tired.", "waiter", Polarity.Negative)]
    public void A_list_joined_by_or_is_denied_whole(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("Our pasta was served promptly and hot.", "served promptly", Polarity.Positive)]
    [InlineData("The mains came out quickly, even on a busy night.", "came out quickly", Polarity.Positive)]
    [InlineData("Every course was served in a timely manner.", "served in a timely manner", Polarity.Positive)]
    [InlineData("The waiter finally brought the bill after we asked three times.", "waiter", Polarity.Negative)]
    [InlineData("Our server eventually came back with the wrong order.", "server", Polarity.Negative)]
    public void How_soon_something_was_served_is_service_whatever_was_served(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(ServiceCategory.Speed, mention.Category);
    }

    [Fact]
    public void Finally_alone_makes_no_mention()
    {
        Assert.Empty(_analyzer.Analyze("en", "We finally tried the famous dumplings.", "en").Mentions);
    }

    [Fact]
    public void Served_with_a_side_is_no_mention()
    {
        Assert.Empty(_analyzer.Analyze("en", "The burger is served with fries and a pickle.", "en").Mentions);
    }

    [Fact]
    public void Comped_desserts_still_praise_the_manager()
    {
        const string text = "The manager comped our desserts.";

        Assert.Equal(Polarity.Positive, MentionOf(_analyzer.Analyze("en", text, "en"), text, "manager").Polarity);
    }

    [Theory]
    [InlineData("The decor is dated, the service impecable.", "service", Polarity.Positive)]
    [InlineData("Our waitress was very attentative.", "waitress", Polarity.Positive)]
    [InlineData("The host was aweful to us.", "host", Polarity.Negative)]
    [InlineData("The bartender was unprofesional.", "bartender", Polarity.Negative)]
    public void Common_misspellings_keep_their_reading(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("We sipped cocktails while we waited for friends.")]
    [InlineData("So many people waiting outside on a Monday!")]
    [InlineData("We had to eat fast to catch our train.")]
    [InlineData("Lovely risotto, though we had to rush off to the concert.")]
    [InlineData("We were in a rush to get to the airport, sadly.")]
    public void The_guests_own_pace_makes_no_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Fact]
    public void A_long_wait_told_in_passing_is_still_a_complaint()
    {
        const string text = "We had two drinks while we waited 50 minutes for a table.";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, "minutes").Polarity);
    }

    [Theory]
    [InlineData("Beware of the rowdy and rude crowd on game nights.")]
    [InlineData("Perfect for you impatient diners in a hurry at noon.")]
    [InlineData("I am not a very knowledgeable person about wine.")]
    public void A_judgement_of_other_people_makes_no_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Theory]
    [InlineData("The waiter was rude to the customers beside us.", "waiter", Polarity.Negative)]
    [InlineData("Our server was so friendly with the kids.", "server", Polarity.Positive)]
    public void Staff_judged_in_front_of_other_people_keep_the_judgement(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("en", text, "en"), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }

    [Theory]
    [InlineData("We waited for a table with a glass of cava in hand.")]
    [InlineData("On Saturday nights we waited in line with half the street.")]
    [InlineData("We were waiting at the bar when our friends arrived.")]
    [InlineData("Come before seven or you might have to wait a while.")]
    [InlineData("Be prepared to wait on a Saturday night.")]
    [InlineData("The dumplings are worth waiting for.")]
    [InlineData("On weekends there is always a wait, so book ahead.")]
    [InlineData("Expect a wait on Friday nights.")]
    [InlineData("There can be a long wait at lunch, it is that popular.")]
    [InlineData("There will be a wait if you come after eight.")]
    public void Waiting_for_a_table_in_a_queue_or_as_warned_makes_no_mention(string text)
    {
        Assert.Empty(_analyzer.Analyze("en", text, "en").Mentions);
    }

    [Theory]
    [InlineData("There was a wait of 40 minutes for our food.", "wait", Polarity.Negative)]
    [InlineData("The wait for our food was ridiculous.", "wait", Polarity.Negative)]
    public void A_wait_the_guest_went_through_still_complains(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }

    [Fact]
    public void A_long_span_of_waiting_for_a_table_still_complains()
    {
        const string text = "We waited for a table for 50 minutes despite our booking.";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, "minutes").Polarity);
    }

    [Fact]
    public void Being_rushed_by_the_staff_is_still_a_complaint()
    {
        const string text = "The waiter rushed us through dessert.";

        Assert.Equal(Polarity.Negative, MentionOf(_analyzer.Analyze("en", text, "en"), text, "waiter").Polarity);
    }

    [Theory]
    [InlineData("Our waiter treated us like old friends.", "waiter", Polarity.Positive)]
    [InlineData("The manager treated us like dirt.", "manager", Polarity.Negative)]
    [InlineData("The support team treated me like an idiot.", "support team", Polarity.Negative)]
    [InlineData("The staff couldn't be bothered to refill our water.", "staff", Polarity.Negative)]
    [InlineData("Support dropped the ball on my refund.", "Support", Polarity.Negative)]
    [InlineData("The support agent made sure everything worked before hanging up.", "support agent", Polarity.Positive)]
    public void How_the_staff_treated_the_guest_is_told_by_the_idiom(string text, string term, Polarity expected)
    {
        Assert.Equal(expected, MentionOf(_analyzer.Analyze("en", text, "en"), text, term).Polarity);
    }
}
