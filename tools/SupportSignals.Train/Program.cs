using System.Globalization;
using SupportSignals.Scoring;
using SupportSignals.Sentiment.Embedded;
using SupportSignals.Train;

// usage: SupportSignals.Train <data.tsv[,more.tsv…]> <weights.bin> [--folds 5] [--seed 16] [--bags N] [--ops drop,add,flip]
//        [--floor-percent N] [--drop/--add/--flip/--strong-drop P] [--test <file.tsv> [--show] [--show-errors]] [--check <committed.bin>]
//        [--drop-data <a.tsv,b.tsv…>] [--flip-data <a.tsv,b.tsv…>] [--drop-binary] [--flip-service-only]
//        [--epochs 10] [--l2-micros 100] [--average-from E] [--min-count N] [--perturb P] (the last three: round analyzer35)
//        (train.sh passes the product's options)
// Cross-validates on the data (out-of-fold probabilities), picks the drop/add/flip thresholds that maximise the
// out-of-fold end-to-end F1, prints the rules' figures and the stage's on the data, then trains on all of it and
// writes the weights resource.
// Two models (round analyzer31): the drop model decides drops (and adds), the flip model re-polarisations. Each is
// trained on its own files (--drop-data, --flip-data; by default both on the first argument's) and, when the two
// lists are the same and neither model is shaped differently (--drop-binary: none against service; --flip-service-only:
// the flip model learns from service sentences only), they are one model and the file holds one weight set. The
// thresholds are chosen together on the union of the files, each sentence read by out-of-fold models (a model never
// trained on a file reads all of its sentences as unseen).
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SupportSignals.Train <data.tsv[,more.tsv…]> <weights.bin> [options: see Program.cs]");
    return 2;
}
var folds = Option("--folds", 5);
var seed = Option("--seed", 16);
var epochs = Option("--epochs", 10);
var l2 = Option("--l2-micros", 100) / 1e6f;
var dropFiles = OptionText("--drop-data", args[0]).Split(',');
var flipFiles = OptionText("--flip-data", args[0]).Split(',');
var dropBinary = args.Contains("--drop-binary");
var flipServiceOnly = args.Contains("--flip-service-only");
var twoModels = !dropFiles.SequenceEqual(flipFiles) || dropBinary || flipServiceOnly;
var files = args[0].Split(',').Concat(dropFiles).Concat(flipFiles).Distinct().ToList();
var rows = new List<(int Label, string Text)>();
var inDrop = new List<bool>();
var inFlip = new List<bool>();
foreach (var file in files)
{
    var read = LabelledLines.Read(file);
    rows.AddRange(read);
    inDrop.AddRange(Enumerable.Repeat(dropFiles.Contains(file), read.Count));
    inFlip.AddRange(Enumerable.Repeat(flipFiles.Contains(file), read.Count));
}
var examples = Example.Build(rows);
// --perturb P (P > 0): leave a seeded 1 % of the sentences out of training (a stand-in for a rule change that moves
// the rules' reading of a few own sentences), to measure how far the stage moves with its data
var perturb = Option("--perturb", 0);
if (perturb > 0)
{
    var random = new Random(perturb);
    for (var i = 0; i < examples.Count; i++)
    {
        if (random.Next(100) == 0)
        {
            inDrop[i] = inFlip[i] = false;
        }
    }
}
Console.WriteLine($"examples={examples.Count} " + string.Join(' ', LabelledLines.Labels.Select((l, c) => $"{l}={examples.Count(e => e.Label == c)}")));
if (twoModels)
{
    Console.WriteLine($"two models: drop on {inDrop.Count(d => d)} sentences ({string.Join(',', dropFiles.Select(Path.GetFileName))}{(dropBinary ? ", none against service" : "")}), flip on {inFlip.Where((f, i) => f && (!flipServiceOnly || examples[i].Label != 0)).Count()} ({string.Join(',', flipFiles.Select(Path.GetFileName))}{(flipServiceOnly ? ", service sentences only" : "")})");
}
if (dropBinary && OptionText("--ops", "drop,add,flip").Split(',').Contains("add"))
{
    Console.Error.WriteLine("--drop-binary: the drop model cannot tell the polarity of a mention it adds; pass --ops drop,flip");
    return 2;
}

// Folds are blocks of neighbouring lines, shuffled: sentences written together (often a pair that differs in one
// word) stay in one fold, so the out-of-fold figures do not flatter the model with near copies.
var block = Option("--block", 20);
var fold = new int[examples.Count];
var blocks = Enumerable.Range(0, (examples.Count + block - 1) / block).ToArray();
new Random(seed).Shuffle(blocks);
for (var i = 0; i < examples.Count; i++)
{
    fold[i] = Array.IndexOf(blocks, i / block) % folds;
}
var outOfFold = new float[examples.Count][];
var flipOutOfFold = new float[examples.Count][];
for (var k = 0; k < folds; k++)
{
    var weights = FitModel(i => inDrop[i] && fold[i] != k, drop: true);
    var flipWeights = twoModels ? FitModel(i => inFlip[i] && fold[i] != k, drop: false) : weights;
    for (var i = 0; i < examples.Count; i++)
    {
        if (fold[i] == k)
        {
            outOfFold[i] = new float[ServiceStage.Classes];
            ServiceStage.Probabilities(weights, examples[i].Features, outOfFold[i]);
            flipOutOfFold[i] = outOfFold[i];
            if (twoModels)
            {
                flipOutOfFold[i] = new float[ServiceStage.Classes];
                ServiceStage.Probabilities(flipWeights, examples[i].Features, flipOutOfFold[i]);
            }
        }
    }
}
var gold = examples.Select(e => e.Label).ToList();
// Reviews speak of the service in perhaps one sentence in five (general experience of restaurant and hotel reviews,
// not a count over any evaluation set); the data speaks of it in about half, so sentences without it are weighed up.
var share = Option("--service-percent", 20) / 100.0;
var noneWeight = share * gold.Count(g => g != 0) / ((1 - share) * gold.Count(g => g == 0)) is var r && r > 0 ? 1 / r : 1;
Console.WriteLine(FormattableString.Invariant($"service share {share:F2}: a sentence without service weighs {noneWeight:F2}"));
var rules = examples.Select(e => e.RuleClass).ToList();
var modelAlone = outOfFold.Select(p => Array.IndexOf(p, p.Max())).ToList();
Console.WriteLine($"rules alone:        {Metrics.Of(gold, rules, noneWeight)}");
Console.WriteLine($"model alone (CV):   {Metrics.Of(gold, modelAlone, noneWeight)}");
if (twoModels)
{
    Console.WriteLine($"flip model alone (CV): {Metrics.Of(gold, flipOutOfFold.Select(p => Array.IndexOf(p, p.Max())).ToList(), noneWeight)}");
}

// --floor-percent N: no threshold below N % (the own data is written to be hard for the rules, so its CV asks the
// stage to act far more often than reviews need: see docs/sentiment-rounds.md, round analyzer21)
var floor = Option("--floor-percent", 50) / 100f;
float[] grid = [.. new[] { 0.5f, 0.55f, 0.6f, 0.65f, 0.7f, 0.75f, 0.8f, 0.85f, 0.9f, 0.95f, 0.98f, 1.01f }.Where(g => g >= floor - 1e-6f)];
(float Drop, float Add, float Flip, float Strong) best = (1.01f, 1.01f, 1.01f, 1.01f);
var bestScore = Metrics.Of(gold, rules, noneWeight).EndToEnd;
// --ops drop,add,flip (default all): the operations the stage may use; the others are never taken.
var ops = OptionText("--ops", "drop,add,flip").Split(',');
float[] never = [1.01f];
foreach (var drop in ops.Contains("drop") ? grid : never)
{
    foreach (var add in ops.Contains("add") ? grid : never)
    {
        foreach (var flip in ops.Contains("flip") ? grid : never)
        {
            // a strong rule mention (a word for the staff judged one way in its own clause) has a drop threshold of
            // its own, never below the ordinary one; the ordinary ones are searched first, so a tie keeps "never"
            for (var k = grid.Length; k >= 0; k--)
            {
                var strong = k == grid.Length ? 1.01f : grid[k];
                if (strong < drop || (k < grid.Length && !ops.Contains("drop")))
                {
                    continue;
                }
                var stage = new ServiceStage(new float[ServiceStage.Size * ServiceStage.Classes], drop, add, flip, strong);
                var score = Metrics.Of(gold, examples.Select((e, i) => stage.Decide(e.RuleClass, e.Cue, outOfFold[i], flipOutOfFold[i], e.Strong)).ToList(), noneWeight).EndToEnd;
                if (score > bestScore + 1e-9)
                {
                    (best, bestScore) = ((drop, add, flip, strong), score);
                }
            }
        }
    }
}
best = (Forced("--drop", best.Drop), Forced("--add", best.Add), Forced("--flip", best.Flip), Forced("--strong-drop", best.Strong));
var chosen = new ServiceStage(new float[ServiceStage.Size * ServiceStage.Classes], best.Drop, best.Add, best.Flip, best.Strong);
var staged = examples.Select((e, i) => chosen.Decide(e.RuleClass, e.Cue, outOfFold[i], flipOutOfFold[i], e.Strong)).ToList();
Console.WriteLine(FormattableString.Invariant($"thresholds: drop {best.Drop:F2}, add {best.Add:F2}, flip {best.Flip:F2}, strong drop {best.Strong:F2} (1.01 = never)"));
Console.WriteLine($"strong rule mentions: {examples.Count(e => e.Strong)} ({examples.Count(e => e.Strong && e.Label == 0)} labelled none)");
Console.WriteLine($"rules + stage (CV): {Metrics.Of(gold, staged, noneWeight)}");
Console.WriteLine($"changes (CV): dropped {Count((r, s) => r > 0 && s == 0)}, added {Count((r, s) => r == 0 && s > 0)}, re-polarised {Count((r, s) => r > 0 && s > 0 && r != s)}");

var all = FitModel(i => inDrop[i], drop: true);
var flipAll = twoModels ? FitModel(i => inFlip[i], drop: false) : all;
var final = new ServiceStage(all, flipAll, best.Drop, best.Add, best.Flip, best.Strong);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
using (var stream = File.Create(args[1]))
{
    final.Write(stream);
}
Console.WriteLine($"wrote {args[1]} ({new FileInfo(args[1]).Length} bytes)");
// the weights as the product loads them (one signed byte each), for --check and --test
ServiceStage written;
using (var stream = File.OpenRead(args[1]))
{
    written = ServiceStage.Read(stream);
}
// --check <committed.bin>: whether the committed weights still decide as a fresh training does, sentence by sentence
// over the data. Decisions, not bytes: the C library's exp may round differently on another machine, which moves a
// weight by one step but not a decision; a rule or lexicon change moves the rules' reading the stage is trained on.
var committedPath = OptionText("--check", "");
if (committedPath.Length > 0)
{
    ServiceStage committed;
    using (var stream = File.OpenRead(committedPath))
    {
        committed = ServiceStage.Read(stream);
    }
    var differ = examples.Count(e => Decision(written, e) != Decision(committed, e));
    var allowed = Math.Max(3, examples.Count / 500);
    Console.WriteLine($"decisions that differ from {committedPath}: {differ} of {examples.Count} (at most {allowed} allowed)");
    if (differ > allowed)
    {
        return 1;
    }
}
// --test <file.tsv[,other.tsv…]>: labelled sets the trainer never learns from, each reported on its own. Each line is
// read as the product reads a comment (round analyzer58): the analyzer splits it into sentences, runs the rules and the
// stage per sentence and the rules across sentences, and its mentions give the line's class (Example.Read) — "stage"
// with the weights just written (as the product loads them from the file), "rules" with the stage off (./eval.sh --rules).
// Before, a line was one example (the features of all its sentences, one stage decision), which the product never makes.
var tests = OptionText("--test", "").Split(',', StringSplitOptions.RemoveEmptyEntries);
if (tests.Length > 0)
{
    var product = new EmbeddedAnalyzer(Lexicon.Shared, written);
    var rulesAlone = new EmbeddedAnalyzer(Lexicon.Shared);
    // for --show and --show-errors: the rules' reading and the stage's features of each sentence of a line
    var parts = new List<(int[] Features, RuleReading Reading)>();
    var diagnostic = new EmbeddedAnalyzer(Lexicon.Shared, null, (features, reading) => parts.Add((features, reading)));
    foreach (var testPath in tests)
    {
        var test = LabelledLines.Read(testPath);
        var testGold = test.Select(e => e.Label).ToList();
        var testRules = test.Select(e => Example.Read(rulesAlone, e.Text)).ToList();
        var testStaged = test.Select(e => Example.Read(product, e.Text)).ToList();
        Console.WriteLine($"test {test.Count}: rules {Metrics.Of(testGold, testRules)}");
        Console.WriteLine($"test {test.Count}: stage {Metrics.Of(testGold, testStaged)}");
        var verbose = args.Contains("--show");
        // --show-errors (round analyzer48): every line the rules or the product misread, not only those the stage changed
        var errors = args.Contains("--show-errors");
        for (var i = 0; i < test.Count && (verbose || errors); i++)
        {
            if (errors ? testRules[i] != testGold[i] || testStaged[i] != testGold[i] : testRules[i] != testStaged[i])
            {
                // the stage's probabilities for each sentence it reviews (one with a rule mention or a cue), " | " between sentences
                parts.Clear();
                diagnostic.Analyze("test", test[i].Text, "en");
                var probabilities = new List<string>();
                var strong = false;
                foreach (var (features, reading) in parts.Where(part => part.Reading.Mention || part.Reading.Cue))
                {
                    var p = new float[ServiceStage.Classes];
                    var q = new float[ServiceStage.Classes];
                    written.Probabilities(features, p);
                    written.FlipProbabilities(features, q);
                    var flipText = twoModels ? FormattableString.Invariant($" flip p {q[0]:F2}/{q[1]:F2}/{q[2]:F2}/{q[3]:F2}") : "";
                    probabilities.Add(FormattableString.Invariant($"p {p[0]:F2}/{p[1]:F2}/{p[2]:F2}/{p[3]:F2}{flipText}"));
                    strong |= reading.Strong;
                }
                var mark = testStaged[i] == testGold[i] ? "+" : testRules[i] == testGold[i] ? "-" : "~";
                Console.WriteLine($"  {mark}{(strong ? " strong" : "")} rules {testRules[i]} stage {testStaged[i]} gold {testGold[i]}{(probabilities.Count > 0 ? " " : "")}{string.Join(" | ", probabilities)}: {test[i].Text}");
            }
        }
    }
}
return 0;

// --bags N: the average of N fits that differ only in their shuffle seed (one weight vector, no cost in the product):
// SGD over a few thousand near-pairs moves a lot with the shuffle, and the average is steadier than any one fit
float[] Fit(IReadOnlyList<int[]> x, IReadOnlyList<int> y, int epochs, float l2, int seed)
{
    var bags = Option("--bags", 1);
    var averageFrom = Option("--average-from", -1);
    var sum = Trainer.Fit(x, y, epochs, l2: l2, seed: seed, averageFrom: averageFrom);
    for (var b = 1; b < bags; b++)
    {
        var next = Trainer.Fit(x, y, epochs, l2: l2, seed: seed + (1000 * b), averageFrom: averageFrom);
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += next[i];
        }
    }
    for (var i = 0; i < sum.Length && bags > 1; i++)
    {
        sum[i] /= bags;
    }
    return sum;
}

// A model trained on the examples <paramref name="take"/> selects: the drop model on its labels (none against service
// with --drop-binary), the flip model on its own (service sentences only with --flip-service-only).
float[] FitModel(Func<int, bool> take, bool drop)
{
    var chosen = Enumerable.Range(0, examples.Count).Where(i => take(i) && (drop || !flipServiceOnly || examples[i].Label != 0)).ToList();
    var labels = chosen.Select(i => drop && dropBinary ? Math.Min(examples[i].Label, 1) : examples[i].Label).ToList();
    var x = chosen.Select(i => examples[i].Features).ToList();
    // --min-count N: a hashed feature seen in fewer than N of the model's sentences is left out (its weight stays 0)
    var minCount = Option("--min-count", 1);
    if (minCount > 1)
    {
        var count = new int[ServiceStage.Size];
        foreach (var f in x.SelectMany(f => f.Distinct()))
        {
            count[f]++;
        }
        x = [.. x.Select(f => f.Where(g => count[g] >= minCount).ToArray())];
    }
    return Fit(x, labels, epochs, l2: l2, seed: seed);
}

static int Decision(ServiceStage stage, Example e) => stage.Decide(e.Features, e.RuleClass, e.Cue, e.Strong);

int Count(Func<int, int, bool> change) => rules.Where((r, i) => change(r, staged[i])).Count();

float Forced(string name, float chosen)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? float.Parse(args[at + 1], CultureInfo.InvariantCulture) : chosen;
}

string OptionText(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
