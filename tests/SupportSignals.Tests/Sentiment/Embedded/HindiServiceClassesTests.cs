using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Hindi service vocabulary as classes, in Devanagari and romanised (analyzer92): who serves by trade, with
/// the English loanwords Hinglish mixes in (clerk, salesman, technician, receptionist, guard, "delivery wala"), and
/// "without any hassle" as praise; service with no staff noun (nobody picking up, no reply, no help, only a bot,
/// asking again and again); lukewarm verdicts ("theek-thaak", "chalta
/// hai"); "inka koi jawab nahi", the idiom of praise, against a reply that never came; the customer's own team and the
/// product's speed, which are no service; code-mixed lines read as Hindi.</summary>
public class HindiServiceClassesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("बैंक के क्लर्क ने बहुत अच्छे से फॉर्म भरवाया।", "क्लर्क", Polarity.Positive)]
    [InlineData("दुकानदार ने बहुत रूखे ढंग से बात की।", "दुकानदार", Polarity.Negative)]
    [InlineData("कॉल सेंटर वाले बार बार कॉल काट देते हैं।", "कॉल सेंटर वाले", Polarity.Negative)]
    [InlineData("टेक्नीशियन ने उसी दिन वाई-फाई चालू कर दिया।", "टेक्नीशियन", Polarity.Positive)]
    [InlineData("रिसेप्शनिस्ट बहुत मददगार थी।", "रिसेप्शनिस्ट", Polarity.Positive)]
    [InlineData("सेल्समैन ने गलत जानकारी दी।", "सेल्समैन", Polarity.Negative)]
    [InlineData("पार्लर वाली ने जल्दबाजी में फेशियल किया।", "पार्लर वाली", Polarity.Negative)]
    [InlineData("Shopkeeper ne bahut achhe se saare options dikhaye.", "Shopkeeper", Polarity.Positive)]
    [InlineData("Salon wali didi bahut caring thi.", "Salon wali", Polarity.Positive)]
    [InlineData("Executive ne mujhe ignore kar diya.", "Executive", Polarity.Negative)]
    [InlineData("Receptionist ne ghanton intezaar karwaya.", "Receptionist", Polarity.Negative)]
    [InlineData("Support wale poore time update dete rahe.", "Support wale", Polarity.Positive)]
    [InlineData("Bina kisi jhanjhat ke counter wale ne form bhar diya.", "counter wale", Polarity.Positive)]
    [InlineData("बिना किसी परेशानी के स्टाफ ने कमरा बदल दिया।", "स्टाफ", Polarity.Positive)]
    [InlineData("बैंक के गार्ड ने बहुत इज्जत से अंदर भेजा।", "गार्ड", Polarity.Positive)]
    [InlineData("Support team ko bahut thanks.", "Support team", Polarity.Positive)]
    public void Who_serves_is_read_by_trade_in_both_scripts(string text, string term, Polarity polarity)
    {
        var analysis = _analyzer.Analyze("hi", text);

        Assert.Equal("hi", analysis.Language);
        Assert.Equal(polarity, MentionOf(analysis, text, term).Polarity);
    }

    [Theory]
    [InlineData("कस्टमर केयर पर कोई फोन नहीं उठाता।")]
    [InlineData("तीन दिन हो गए, कोई जवाब नहीं आया।")]
    [InlineData("Teen din se koi reply nahi aaya.")]
    [InlineData("Paanch baar call karna pada tab refund mila.")]
    [InlineData("कोई मदद नहीं मिली, सिर्फ़ ऑटोमेटेड मैसेज आते रहे।")]
    [InlineData("Bot se hi baat hoti rahi, kisi insaan se baat nahi hui.")]
    [InlineData("Har baar complaint karni padti hai tab jaake kaam hota hai.")]
    public void Service_failing_with_no_staff_named_is_blamed(string text)
    {
        var analysis = _analyzer.Analyze("hi", text);

        Assert.Equal(Polarity.Negative, SharedPolarity(analysis));
    }

    [Theory]
    [InlineData("स्टाफ ठीक-ठाक था।", "स्टाफ")]
    [InlineData("वेटर का व्यवहार ठीक ठाक था।", "वेटर")]
    [InlineData("Staff theek thaak tha.", "Staff")]
    [InlineData("Support ka behaviour chalta hai.", "Support")]
    [InlineData("Staff ok tha.", "Staff")]
    public void A_lukewarm_verdict_is_neutral(string text, string term)
    {
        Assert.Equal(Polarity.Neutral, MentionOf(_analyzer.Analyze("hi", text), text, term).Polarity);
    }

    [Theory]
    [InlineData("Staff ki mehmaan-nawazi ka kya kehna, inka koi jawab nahi!", Polarity.Positive)]
    [InlineData("इनका कोई जवाब नहीं, बहुत बढ़िया स्टाफ।", Polarity.Positive)]
    [InlineData("Mail kiya tha, koi jawab nahi mila.", Polarity.Negative)]
    public void No_answer_to_them_is_the_idiom_of_praise_and_no_answer_came_is_blame(string text, Polarity polarity)
    {
        Assert.Equal(polarity, SharedPolarity(_analyzer.Analyze("hi", text)));
    }

    [Theory]
    [InlineData("हमारी टीम को नया डैशबोर्ड बहुत पसंद आया।")]
    [InlineData("Hamari team ko naya dashboard bahut pasand aaya.")]
    [InlineData("इंटरनेट की स्पीड बहुत धीमी है।")]
    [InlineData("Internet ki speed bahut slow hai.")]
    public void The_customers_own_team_and_the_products_speed_are_no_service(string text)
    {
        var analysis = _analyzer.Analyze("hi", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("Order cancel karo please.")]
    [InlineData("Delivery time pe hui, thanks.")]
    [InlineData("Internet service do din se down hai.")]
    public void Code_mixed_lines_full_of_English_words_are_read_as_Hindi(string text)
    {
        Assert.Equal("hi", _analyzer.Analyze("l", text).Language);
    }
}
