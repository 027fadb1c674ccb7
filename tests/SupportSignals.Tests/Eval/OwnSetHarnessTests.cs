using SupportSignals.Eval;
using SupportSignals.Scoring;
using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;
using SupportSignals.Tests.TestSupport;
using SupportSignals.Train;

namespace SupportSignals.Tests.Eval;

/// <summary>
/// Round analyzer89: the harness scores an own set (label TAB comment, the format of the trainer's data and test sets)
/// in any language, each line read as the product reads a comment — with the language hint when one is given, else
/// detected — by the same definitions as a SemEval file's sentences. Own hand-written comments.
/// </summary>
public sealed class OwnSetHarnessTests : IDisposable
{
    private readonly ScratchFolder _folder = new("own-set-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text) => _folder.Write(name, text);

    // Two lines read right; one labelled against the reading (a wrong polarity of a found mention); one service line
    // with no service word (missed, its plain sentence read neutral, as labelled); one none; a comment, a blank line
    // and a mixed line, which are skipped.
    private const string English = "# an own set's header\n"
        + "negative\tThe waiter was rude to us.\n"
        + "positive\tThe staff were lovely.\n"
        + "positive\tThe support team never answered my emails.\n"
        + "neutral\tWe came on a Tuesday.\n"
        + "none\tThe soup was too salty.\n"
        + "\n"
        + "mixed\tKind host, rude waiter.\n";

    private static Dictionary<string, string> Lines(ServiceScore score) =>
        score.Lines(0).ToDictionary(l => l.Split('=')[0], l => l.Split('=')[1]);

    [Fact]
    public void An_own_set_loads_its_labels_as_the_service_polarity_of_each_comment()
    {
        var gold = GoldSentence.LoadAny(Write("set.tsv", English));

        Assert.Equal(new (bool, Polarity?)[] { (true, Polarity.Negative), (true, Polarity.Positive), (true, Polarity.Positive), (true, Polarity.Neutral), (false, null) },
            gold.Select(s => (s.Service, s.ServicePolarity)));
        Assert.All(gold, s => Assert.Null(s.SentencePolarity));
    }

    [Fact]
    public void An_own_set_is_scored_by_the_harness_definitions_without_a_sentence_polarity()
    {
        var run = new HarnessRun(new EmbeddedAnalyzer(Lexicon.Shared), "en");

        run.Read(GoldSentence.LoadAny(Write("set.tsv", English)));
        var lines = Lines(run.Score);

        // Service found in the three lines with a staff word, none wrongly: precision 1, recall 3/4.
        Assert.Equal(("1.0000", "0.7500", "0.8571"), (lines["service_precision"], lines["service_recall"], lines["service_f1"]));
        // Polarity: the two read right and the missed plain line (read by its whole sentence, as a SemEval sentence is).
        Assert.Equal("0.7500", lines["service_polarity_accuracy"]);
        // End to end: two right of three found and of four service lines.
        Assert.Equal("0.5714", lines["service_end_to_end_f1"]);
        Assert.False(lines.ContainsKey("sentence_polarity_accuracy"));
    }

    [Fact]
    public void The_harness_and_the_trainer_read_an_english_own_set_alike()
    {
        var path = Write("set.tsv", English);
        var analyzer = new EmbeddedAnalyzer(Lexicon.Shared, ServiceStage.Shared);
        var rows = LabelledLines.Read(path);
        var trainer = Metrics.Of([.. rows.Select(r => r.Label)], [.. rows.Select(r => Example.Read(analyzer, r.Text))]);
        var run = new HarnessRun(analyzer, "en");

        run.Read(GoldSentence.LoadAny(path));
        var lines = Lines(run.Score);

        Assert.Equal(FormattableString.Invariant($"{trainer.F1:F4}"), lines["service_f1"]);
        Assert.Equal(FormattableString.Invariant($"{trainer.EndToEnd:F4}"), lines["service_end_to_end_f1"]);
    }

    [Fact]
    public void Without_a_hint_each_comment_is_read_in_its_detected_language_and_counted()
    {
        var gold = GoldSentence.LoadAny(Write("set.tsv", "negative\tThe waiter was rude to us.\nnone\tThe soup was too salty.\npositive\tवेटर बहुत अच्छा था।\n"));
        var detected = new HarnessRun(new EmbeddedAnalyzer(Lexicon.Shared), null);
        var hinted = new HarnessRun(new EmbeddedAnalyzer(Lexicon.Shared), "en");

        detected.Read(gold);
        hinted.Read(gold);

        Assert.Equal("en:2,hi:1", detected.Languages);
        Assert.Equal("en:3", hinted.Languages);
    }

    [Fact]
    public void Errors_list_only_the_misread_lines_with_the_language_they_were_read_in()
    {
        var gold = GoldSentence.LoadAny(Write("set.tsv", English));
        using var named = new StringWriter();
        using var plain = new StringWriter();

        new HarnessRun(new EmbeddedAnalyzer(Lexicon.Shared), "en").Read(gold, named, nameLanguage: true);
        new HarnessRun(new EmbeddedAnalyzer(Lexicon.Shared), "en").Read(gold, plain);

        var errors = named.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("gold:Positive\tgot:Negative\tlang:en\t", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("gold:Neutral\tgot:none\tlang:en\t", errors[1], StringComparison.Ordinal);
        Assert.DoesNotContain("lang:", plain.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_semeval_file_is_still_read_as_xml()
    {
        var gold = GoldSentence.LoadAny(Write("a.xml", """
            <sentences><sentence id="1"><text>The waiter was rude.</text>
              <aspectCategories><aspectCategory category="service" polarity="negative"/></aspectCategories></sentence></sentences>
            """));

        Assert.Equal((true, Polarity.Negative, Polarity.Negative), (gold[0].Service, gold[0].ServicePolarity, gold[0].SentencePolarity));
    }
}
