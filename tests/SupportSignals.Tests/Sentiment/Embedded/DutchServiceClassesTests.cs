using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Dutch service vocabulary as classes (analyzer71): who serves, with the plurals a stem misses
/// ("eigenaren"); attentive and competent staff and their opposites; slower service; "niks", "nauwelijks", "amper" as
/// negators, and lack as negation ("gebrek aan", "ontbreekt", "mist"); "in orde" and "miserabel".</summary>
public class DutchServiceClassesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("De barman was erg vriendelijk.", "barman", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("De kassierster was onbeleefd.", "kassierster", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("De eigenaren waren heel gastvrij.", "eigenaren", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("De medewerkster was bijzonder oplettend.", "medewerkster", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("De ober was discreet en alert.", "ober", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("We kregen een warm onthaal van de gastvrouw.", "gastvrouw", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("Het personeel was onervaren.", "personeel", Polarity.Negative, ServiceCategory.Knowledge)]
    [InlineData("De bediening was nog trager dan vorige keer.", "bediening", Polarity.Negative, ServiceCategory.Speed)]
    [InlineData("De bediening was dik in orde.", "bediening", Polarity.Positive, ServiceCategory.Friendliness)]
    [InlineData("De bediening was miserabel.", "bediening", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("De ober was hooghartig en humeurig.", "ober", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("Het personeel leek ongemotiveerd en lusteloos.", "personeel", Polarity.Negative, ServiceCategory.Friendliness)]
    [InlineData("De gastvrouw behandelde ons respectloos.", "gastvrouw", Polarity.Negative, ServiceCategory.Friendliness)]
    public void Who_serves_and_how_is_read(string text, string term, Polarity polarity, ServiceCategory category)
    {
        var mention = MentionOf(_analyzer.Analyze("nl", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
        Assert.Equal(category, mention.Category);
    }

    [Theory]
    [InlineData("De ober was nauwelijks vriendelijk.", "ober")]
    [InlineData("De bediening was amper beleefd.", "bediening")]
    [InlineData("Er was een gebrek aan vriendelijkheid bij het personeel.", "personeel")]
    [InlineData("Het personeel mist elke beleefdheid.", "personeel")]
    [InlineData("Bij de ober ontbreekt elke vriendelijkheid.", "ober")]
    public void Scarcity_and_lack_deny_the_praise(string text, string term)
    {
        var mention = MentionOf(_analyzer.Analyze("nl", text), text, term);

        Assert.Equal(Polarity.Negative, mention.Polarity);
    }
}
