using System.Globalization;
using SupportSignals.Sentiment.Embedded;
using SupportSignals.Train;

// usage: SupportSignals.Train <data.tsv[,more.tsv…]> <weights.bin> [--folds 5] [--seed 16] [--bags N] [--ops drop,add,flip]
//        [--floor-percent N] [--drop/--add/--flip/--strong-drop P] [--test <file.tsv> [--show]] [--check <committed.bin>]
//        (train.sh passes the product's options)
// Cross-validates on the data (out-of-fold probabilities), picks the drop/add/flip thresholds that maximise the
// out-of-fold end-to-end F1, prints the rules' figures and the stage's on the data, then trains on all of it and
// writes the weights resource.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SupportSignals.Train <data.tsv[,more.tsv…]> <weights.bin> [options: see Program.cs]");
    return 2;
}
var folds = Option("--folds", 5);
var seed = Option("--seed", 16);
var epochs = Option("--epochs", 10);
var l2 = Option("--l2-micros", 100) / 1e6f;
var examples = Example.Build(ReadAll(args[0]));
Console.WriteLine($"examples={examples.Count} " + string.Join(' ', Example.Labels.Select((l, c) => $"{l}={examples.Count(e => e.Label == c)}")));

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
for (var k = 0; k < folds; k++)
{
    var train = examples.Where((_, i) => fold[i] != k).ToList();
    var weights = Fit(train.Select(e => e.Features).ToList(), train.Select(e => e.Label).ToList(), epochs, l2: l2, seed: seed);
    for (var i = 0; i < examples.Count; i++)
    {
        if (fold[i] == k)
        {
            outOfFold[i] = new float[ServiceStage.Classes];
            ServiceStage.Probabilities(weights, examples[i].Features, outOfFold[i]);
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

// --floor-percent N: no threshold below N % (the own data is written to be hard for the rules, so its CV asks the
// stage to act far more often than reviews need: see docs/sentiment.md, round analyzer21)
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
                var score = Metrics.Of(gold, examples.Select((e, i) => stage.Decide(e.RuleClass, e.Cue, outOfFold[i], e.Strong)).ToList(), noneWeight).EndToEnd;
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
var staged = examples.Select((e, i) => chosen.Decide(e.RuleClass, e.Cue, outOfFold[i], e.Strong)).ToList();
Console.WriteLine(FormattableString.Invariant($"thresholds: drop {best.Drop:F2}, add {best.Add:F2}, flip {best.Flip:F2}, strong drop {best.Strong:F2} (1.01 = never)"));
Console.WriteLine($"strong rule mentions: {examples.Count(e => e.Strong)} ({examples.Count(e => e.Strong && e.Label == 0)} labelled none)");
Console.WriteLine($"rules + stage (CV): {Metrics.Of(gold, staged, noneWeight)}");
Console.WriteLine($"changes (CV): dropped {Count((r, s) => r > 0 && s == 0)}, added {Count((r, s) => r == 0 && s > 0)}, re-polarised {Count((r, s) => r > 0 && s > 0 && r != s)}");

var all = Fit(examples.Select(e => e.Features).ToList(), gold, epochs, l2: l2, seed: seed);
var final = new ServiceStage(all, best.Drop, best.Add, best.Flip, best.Strong);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
using (var stream = File.Create(args[1]))
{
    final.Write(stream);
}
Console.WriteLine($"wrote {args[1]} ({new FileInfo(args[1]).Length} bytes)");
// --check <committed.bin>: whether the committed weights still decide as a fresh training does, sentence by sentence
// over the data. Decisions, not bytes: the C library's exp may round differently on another machine, which moves a
// weight by one step but not a decision; a rule or lexicon change moves the rules' reading the stage is trained on.
var committedPath = OptionText("--check", "");
if (committedPath.Length > 0)
{
    ServiceStage fresh, committed;
    using (var stream = File.OpenRead(args[1]))
    {
        fresh = ServiceStage.Read(stream);
    }
    using (var stream = File.OpenRead(committedPath))
    {
        committed = ServiceStage.Read(stream);
    }
    var differ = examples.Count(e => Decision(fresh, e) != Decision(committed, e));
    var allowed = Math.Max(3, examples.Count / 500);
    Console.WriteLine($"decisions that differ from {committedPath}: {differ} of {examples.Count} (at most {allowed} allowed)");
    if (differ > allowed)
    {
        return 1;
    }
}
// --test <file.tsv>: a labelled set the trainer never learns from, read by the rules and by rules + stage (unweighed)
var testPath = OptionText("--test", "");
if (testPath.Length > 0)
{
    var test = Example.Build(ReadAll(testPath));
    var testGold = test.Select(e => e.Label).ToList();
    var testRules = test.Select(e => e.RuleClass).ToList();
    var testStaged = test.Select(e =>
    {
        var p = new float[ServiceStage.Classes];
        ServiceStage.Probabilities(all, e.Features, p);
        return final.Decide(e.RuleClass, e.Cue, p, e.Strong);
    }).ToList();
    Console.WriteLine($"test {test.Count}: rules {Metrics.Of(testGold, testRules)}");
    Console.WriteLine($"test {test.Count}: stage {Metrics.Of(testGold, testStaged)}");
    var verbose = args.Contains("--show");
    for (var i = 0; i < test.Count && verbose; i++)
    {
        if (testRules[i] != testStaged[i])
        {
            var p = new float[ServiceStage.Classes];
            ServiceStage.Probabilities(all, test[i].Features, p);
            Console.WriteLine(FormattableString.Invariant($"  {(testStaged[i] == testGold[i] ? "+" : testRules[i] == testGold[i] ? "-" : "~")} rules {testRules[i]} stage {testStaged[i]} gold {testGold[i]} p {p[0]:F2}/{p[1]:F2}/{p[2]:F2}/{p[3]:F2}: {test[i].Text}"));
        }
    }
}
return 0;

// --bags N: the average of N fits that differ only in their shuffle seed (one weight vector, no cost in the product):
// SGD over a few thousand near-pairs moves a lot with the shuffle, and the average is steadier than any one fit
float[] Fit(IReadOnlyList<int[]> x, IReadOnlyList<int> y, int epochs, float l2, int seed)
{
    var bags = Option("--bags", 1);
    var sum = Trainer.Fit(x, y, epochs, l2: l2, seed: seed);
    for (var b = 1; b < bags; b++)
    {
        var next = Trainer.Fit(x, y, epochs, l2: l2, seed: seed + (1000 * b));
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

static int Decision(ServiceStage stage, Example e)
{
    Span<float> p = stackalloc float[ServiceStage.Classes];
    stage.Probabilities(e.Features, p);
    return stage.Decide(e.RuleClass, e.Cue, p, e.Strong);
}

// The data argument may name several files, comma-separated: they are read in order as one set.
static List<(int Label, string Text)> ReadAll(string paths) => paths.Split(',').SelectMany(Example.ReadTsv).ToList();

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
