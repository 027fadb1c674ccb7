using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using static SupportSignals.Tests.Sentiment.Embedded.MentionAssertions;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>Arabic words of service in other senses (analyzer76): a service that is an amenity ("خدمة الإنترنت",
/// "خدمة إيقاف السيارات"), "fast" of a road or a meal ("الطريق السريع", "وجبات سريعة"), the reception desk as a place,
/// a facility that "needs attention", a greeting to the reader, a walk that measures a distance. The staff, the
/// service and room service stay mentions.</summary>
public class ArabicOtherSensesTests
{
    private readonly EmbeddedAnalyzer _analyzer = new();

    [Theory]
    [InlineData("خدمة الواي فاي سيئة ومكلفة")]
    [InlineData("للأسف لا توجد خدمة ايقاف السيارات في الفندق")]
    [InlineData("الفندق قريب من الطريق السريع وهذا ممتاز")]
    [InlineData("حول الفندق مطاعم وجبات سريعة كثيرة وممتازة")]
    [InlineData("مكتب الاستقبال جميل جدا")]
    [InlineData("المسبح جميل لكنه يحتاج الى اهتمام اكثر")]
    [InlineData("مرحبا، قضينا اسبوعا رائعا في هذا الفندق")]
    [InlineData("الشاطئ رائع و 15 دقيقة مشي من الفندق")]
    public void Another_sense_makes_no_mention(string text)
    {
        var analysis = _analyzer.Analyze("ar", text);

        Assert.True(analysis.Mentions.Count == 0, Describe(analysis));
    }

    [Theory]
    [InlineData("الخدمة ممتازة والموظفين لطفاء", "الخدمة", Polarity.Positive)]
    [InlineData("موظف الاستقبال كان ودودا جدا", "موظف", Polarity.Positive)]
    [InlineData("الاستقبال كان سريعا ورائعا", "الاستقبال", Polarity.Positive)]
    [InlineData("خدمة الغرف كانت سريعة وممتازة", "خدمة", Polarity.Positive)]
    public void The_staff_and_their_service_stay_mentions(string text, string term, Polarity polarity)
    {
        var mention = MentionOf(_analyzer.Analyze("ar", text), text, term);

        Assert.Equal(polarity, mention.Polarity);
    }
}
