using SupportSignals.Scoring;
using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Train;

/// <summary>One labelled sentence: its stage features and the rules' own class (none, positive, negative, neutral;
/// -1 for mixed).</summary>
internal sealed record Example(string Text, int Label, int[] Features, int RuleClass, bool Cue, bool Strong)
{
    /// <summary>Runs the rules (no stage) over each sentence and keeps their reading and the stage's features.</summary>
    public static List<Example> Build(IEnumerable<(int Label, string Text)> rows)
    {
        var collected = new List<int[]>();
        var cue = false;
        var strong = false;
        var analyzer = new EmbeddedAnalyzer(Lexicon.Shared, null, (features, reading) =>
        {
            collected.Add(features);
            cue |= reading.Cue;
            strong |= reading.Strong;
        });
        var examples = new List<Example>();
        foreach (var (label, text) in rows)
        {
            collected.Clear();
            cue = false;
            strong = false;
            var analysis = analyzer.Analyze("train", text, "en");
            var features = collected.Count == 1 ? collected[0] : collected.SelectMany(f => f).ToArray();
            var ruleClass = ClassOf(analysis.Mentions);
            examples.Add(new Example(text, label, features, ruleClass, cue, strong));
        }
        return examples;
    }

    /// <summary>The class of a text's mentions: none without any, else their polarity as the harness reads a
    /// sentence's (<see cref="Outcome.Service"/>): positive, negative, neutral, or -1 for mixed.</summary>
    public static int ClassOf(IReadOnlyList<ServiceMention> mentions) => mentions.Count == 0 ? 0 : Outcome.Service(mentions) switch
    {
        Polarity.Positive => 1,
        Polarity.Negative => 2,
        Polarity.Neutral => 3,
        _ => -1,
    };

    /// <summary>The class a whole line is read as by <paramref name="analyzer"/> (round analyzer58): as the product
    /// reads a comment, split into sentences, each read by the rules and (when the analyzer has one) the stage, with
    /// the rules across sentences (a bare "Support?" answered by the next one, a question answered "No, …").
    /// <see cref="Build"/> instead makes the line one example of the features of all its sentences, for training.</summary>
    public static int Read(EmbeddedAnalyzer analyzer, string text) => ClassOf(analyzer.Analyze("test", text, "en").Mentions);
}
