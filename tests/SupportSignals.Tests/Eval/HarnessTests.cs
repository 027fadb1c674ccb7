using SupportSignals.Eval;
using SupportSignals.Sentiment;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Eval;

/// <summary>The evaluation harness reads both SemEval shapes and scores by its documented definitions.</summary>
public sealed class HarnessTests : IDisposable
{
    private readonly ScratchFolder _folder = new("harness-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string xml) => _folder.Write(name, xml);

    private const string Reviews2014 = """
        <sentences>
          <sentence id="1"><text>The waiter was rude.</text>
            <aspectCategories><aspectCategory category="service" polarity="negative"/></aspectCategories></sentence>
          <sentence id="2"><text>Lovely soup,   friendly staff.</text>
            <aspectCategories><aspectCategory category="food" polarity="positive"/><aspectCategory category="service" polarity="positive"/></aspectCategories></sentence>
          <sentence id="3"><text>The room was cold.</text>
            <aspectCategories><aspectCategory category="ambience" polarity="negative"/></aspectCategories></sentence>
          <sentence id="4"><text>Kind host, slow kitchen staff.</text>
            <aspectCategories><aspectCategory category="service" polarity="conflict"/></aspectCategories></sentence>
        </sentences>
        """;

    private const string Reviews2016 = """
        <Reviews><Review rid="r"><sentences>
          <sentence id="r:0"><text>the waiter was rude.</text>
            <Opinions><Opinion target="waiter" category="SERVICE#GENERAL" polarity="negative" from="4" to="10"/></Opinions></sentence>
          <sentence id="r:1"><text>Lovely soup, friendly staff.</text>
            <Opinions><Opinion target="soup" category="FOOD#QUALITY" polarity="positive" from="7" to="11"/></Opinions></sentence>
          <sentence id="r:2"><text>The room was cold.</text>
            <Opinions><Opinion target="room" category="SERVICE#GENERAL" polarity="neutral" from="4" to="8"/></Opinions></sentence>
          <sentence id="r:3"><text>Nobody else wrote this.</text>
            <Opinions/></sentence>
        </sentences></Review></Reviews>
        """;

    [Fact]
    public void Both_shapes_load_with_service_polarity_and_conflicts_left_open()
    {
        var old = GoldSentence.Load(Write("a.xml", Reviews2014));
        var recent = GoldSentence.Load(Write("b.xml", Reviews2016));

        Assert.Equal(new (bool, Polarity?)[] { (true, Polarity.Negative), (true, Polarity.Positive), (false, null), (true, null) },
            old.Select(s => (s.Service, s.ServicePolarity)));
        Assert.Equal(new (bool, Polarity?)[] { (true, Polarity.Negative), (false, null), (true, Polarity.Neutral), (false, null) },
            recent.Select(s => (s.Service, s.ServicePolarity)));
    }

    [Fact]
    public void A_file_agrees_with_itself_completely()
    {
        var gold = GoldSentence.Load(Write("a.xml", Reviews2014));

        var (shared, score) = Agreement.Score(gold, gold);

        Assert.Equal(4, shared);
        Assert.All(score.Lines(0).SkipLast(1), line => Assert.EndsWith("=1.0000", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_annotations_are_matched_by_text_and_scored_by_the_harness_definitions()
    {
        var (shared, score) = Agreement.Score(GoldSentence.Load(Write("a.xml", Reviews2014)), GoldSentence.Load(Write("b.xml", Reviews2016)));
        var lines = score.Lines(0).ToDictionary(l => l.Split('=')[0], l => l.Split('=')[1]);

        // Three texts match (case and spaces aside). Against the 2014 gold, the 2016 labels find service in the
        // first (right, negative) and third (wrong), and miss the second: precision 1/2, recall 1/2.
        Assert.Equal(3, shared);
        Assert.Equal(("0.5000", "0.5000", "0.5000"), (lines["service_precision"], lines["service_recall"], lines["service_f1"]));
        // End to end: one right of two gold polarities and of two counted detections.
        Assert.Equal("0.5000", lines["service_end_to_end_f1"]);
    }
}
