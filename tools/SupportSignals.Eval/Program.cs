using System.Diagnostics;
using SupportSignals.Eval;
using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;

// Usage: SupportSignals.Eval <semeval.xml | own-set.tsv> [--lang xx] [--errors] [--half first|second] [--rules]
//        | <semeval.xml> --agreement <other.xml> | --analyse <text>
// --errors lists the sentences the analyzer gets wrong on standard error, for lexicon work; --half scores only the
// first or second half of the file's sentences in file order, so that rules can be looked for in the first half and
// checked on the second, which no one has read; --agreement scores the other file's annotations as if a system had
// produced them, on the sentences both files hold: how far two annotation efforts agree, a ceiling for any reader;
// --analyse prints the analysis of one text as JSON; --rules reads with the rules alone, without the learned English
// second stage that the product runs after them (ServiceStage, on since round analyzer21, see docs/sentiment-rounds.md);
// --stage is accepted for the earlier command lines and changes nothing.
// A .tsv file is an own set (label TAB comment, tools/SupportSignals.Train/data; round analyzer89): each line is read as
// the product reads a comment (split into sentences, the rules across them), scored by the same definitions as a
// SemEval sentence (no sentence polarity: the labels give none), its detected languages counted when no --lang is
// given, and each --errors line names the language the line was read in. --lang xx gives the analyzer a language hint
// (ISO 639-1, as a source that knows the comment's language does); without it the language is detected per text.
if (args.Length >= 2 && args[0] == "--analyse")
{
    var one = args.Contains("--rules") ? new EmbeddedAnalyzer(Lexicon.Shared) : new EmbeddedAnalyzer();
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(one.Analyze("text", args[1]), new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    return 0;
}
if (args.Length == 3 && args[1] == "--agreement" && File.Exists(args[0]) && File.Exists(args[2]))
{
    var (shared, agreement) = Agreement.Score(GoldSentence.Load(args[0]), GoldSentence.Load(args[2]));
    Console.WriteLine($"shared_sentences={shared}");
    foreach (var line in agreement.Lines(0).SkipLast(1))
    {
        Console.WriteLine(line);
    }
    return 0;
}
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: eval.sh <semeval-2014-or-2016.xml | own-set.tsv> [--lang xx] [--errors] [--half first|second] [--rules] | eval.sh <file.xml> --agreement <other.xml> | eval.sh --analyse <text>");
    return 2;
}
var (languageGiven, language) = Option(args, "--lang");
if (languageGiven && (language is null || Languages.Parse(language) == Language.Unknown))
{
    Console.Error.WriteLine("--lang takes a code the analyzer reads: " + string.Join(' ', Enumerable.Range(1, Languages.Count - 1).Select(i => Languages.Code((Language)i))));
    return 2;
}
var ownSet = GoldSentence.IsOwnSet(args[0]);
var (halfGiven, half) = Option(args, "--half");
if (halfGiven && half is not ("first" or "second"))
{
    Console.Error.WriteLine("--half takes 'first' or 'second'");
    return 2;
}
var gold = GoldSentence.LoadAny(args[0]);
gold = half switch
{
    "first" => gold.Take(gold.Count / 2).ToList(),
    "second" => gold.Skip(gold.Count / 2).ToList(),
    _ => gold,
};
if (args.Contains("--ab"))
{
    // --ab: the stage's cost, rules alone against the product (rules + stage; --stage-file applies) in one process,
    // alternating rounds of ten passes over the file's sentences; prints the medians of 20 rounds after a warm-up (figures only)
    var readers = new[] { new EmbeddedAnalyzer(Lexicon.Shared), new EmbeddedAnalyzer(Lexicon.Shared, Stage()) };
    var rates = new List<double>[] { [], [] };
    for (var round = 0; round < 21; round++)
    {
        for (var k = 0; k < 2; k++)
        {
            var which = round % 2 == 0 ? k : 1 - k;
            var clock = Stopwatch.StartNew();
            for (var pass = 0; pass < 10; pass++)
            {
                for (var i = 0; i < gold.Count; i++)
                {
                    readers[which].Analyze("ab", gold[i].Text, language);
                }
            }
            if (round > 0)
            {
                rates[which].Add(gold.Count * 10 / clock.Elapsed.TotalSeconds);
            }
        }
    }
    var medians = rates.Select(r => r.Order().ElementAt(r.Count / 2)).ToArray();
    Console.WriteLine(FormattableString.Invariant($"sentences/s median of 20: rules {medians[0]:F0}, rules + stage {medians[1]:F0} ({(medians[1] / medians[0]) - 1:P1})"));
    return 0;
}
var showErrors = args.Contains("--errors");
var analyzer = args.Contains("--rules") ? new EmbeddedAnalyzer(Lexicon.Shared) : new EmbeddedAnalyzer(Lexicon.Shared, Stage());
var run = new HarnessRun(analyzer, language);
run.Read(gold, showErrors ? Console.Error : null, nameLanguage: ownSet);
foreach (var line in run.Score.Lines(Throughput(analyzer, gold, language)))
{
    Console.WriteLine(line);
}
if (ownSet && language is null)
{
    // the detector's reading of comments whose source gives no language: how many it took for each
    Console.WriteLine("detected_languages=" + run.Languages);
}
return 0;

// Whether an option stands after the file argument, and the word after it (null when none follows).
static (bool Given, string? Value) Option(string[] args, string name)
{
    var at = Array.IndexOf(args, name);
    return (at > 0, at > 0 && at + 1 < args.Length ? args[at + 1] : null);
}

// Single-threaded: after the scoring pass (the warm-up), sentences in file order, round and round, for two seconds.
static double Throughput(EmbeddedAnalyzer analyzer, IReadOnlyList<GoldSentence> gold, string? language)
{
    var clock = Stopwatch.StartNew();
    long analysed = 0;
    do
    {
        analyzer.Analyze("timed", gold[(int)(analysed % gold.Count)].Text, language);
        analysed++;
    }
    while (clock.ElapsedTicks < 2 * Stopwatch.Frequency);
    return analysed / clock.Elapsed.TotalSeconds;
}

// --stage-file <weights.bin> reads the stage from a file instead of this build's resource (to compare trainings
// without a rebuild; a file with two weight sets keeps both: drops by the first, re-polarisations by the second);
// --thresholds drop,add,flip[,strong-drop] overrides its thresholds.
ServiceStage? Stage()
{
    var file = Array.IndexOf(args, "--stage-file") is var f && f > 0 && f + 1 < args.Length ? args[f + 1] : null;
    ServiceStage? stage;
    if (file is null)
    {
        stage = ServiceStage.Shared;
    }
    else
    {
        using var stream = File.OpenRead(file);
        stage = ServiceStage.Read(stream);
    }
    if (stage is not null && Array.IndexOf(args, "--thresholds") is var t && t > 0 && t + 1 < args.Length)
    {
        var v = args[t + 1].Split(',').Select(x => float.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var weights = stage.Weights.ToArray();
        var flipWeights = stage.SeparateFlipModel ? stage.FlipWeights.ToArray() : weights;
        stage = new ServiceStage(weights, flipWeights, v[0], v[1], v[2], v.Length > 3 ? v[3] : stage.StrongDropThreshold);
    }
    return stage;
}
