using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Round analyzer64 (a sixth set since analyzer69, a seventh since analyzer78, an eighth since analyzer86): the own test sets (tools/SupportSignals.Train/data/en-service-test*.tsv) judge the product only.
/// Each is scored by seeds.sh (the keep rule's means) and named in NOTICE, and none is ever in a list train.sh trains
/// from (only its comment lines may name them). Since round analyzer89 the languages without a development file have
/// own test sets too (hi-, de-, pt-service-test.tsv, scored by ./eval.sh, not by seeds.sh: the stage is English only):
/// they are named in NOTICE and never trained on either; since analyzer95 a second blind set each (hi-, de-, pt-service-test-2.tsv).
/// </summary>
public class OwnTestSetListsTests
{
    private static string Train(params string[] parts) =>
        Path.Combine([RepoRoot.Path, "tools", "SupportSignals.Train", .. parts]);

    private static string[] Files(string pattern = "en-service-test*.tsv") =>
        [.. Directory.GetFiles(Train("data"), pattern).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> OwnTestSets()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files()) data.Add(file);
        return data;
    }

    /// <summary>Every own test set, of any language.</summary>
    public static TheoryData<string> AllOwnTestSets()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files("*-service-test*.tsv")) data.Add(file);
        return data;
    }

    [Fact]
    public void There_are_own_test_sets_for_the_languages_without_a_development_file()
    {
        Assert.Subset(Files("*-service-test*.tsv").ToHashSet(), new HashSet<string> { "hi-service-test.tsv", "de-service-test.tsv", "pt-service-test.tsv", "hi-service-test-2.tsv", "de-service-test-2.tsv", "pt-service-test-2.tsv" });
    }

    [Fact]
    public void There_are_eight_own_test_sets_at_least()
    {
        Assert.True(Files().Length >= 8);
    }

    [Theory]
    [MemberData(nameof(OwnTestSets))]
    public void Seeds_sh_scores_every_own_test_set(string file)
    {
        var tests = File.ReadAllLines(Train("seeds.sh")).Single(line => line.StartsWith("tests=", StringComparison.Ordinal));

        Assert.Contains("tools/SupportSignals.Train/data/" + file, tests["tests=".Length..].Split(','));
    }

    [Theory]
    [MemberData(nameof(AllOwnTestSets))]
    public void Train_sh_never_trains_on_an_own_test_set(string file)
    {
        foreach (var line in File.ReadAllLines(Train("train.sh")))
        {
            if (line.TrimStart().StartsWith('#')) continue;
            Assert.DoesNotContain(file, line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AllOwnTestSets))]
    public void Notice_names_every_own_test_set(string file)
    {
        Assert.Contains(file, File.ReadAllText(Path.Combine(RepoRoot.Path, "NOTICE")), StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_sh_prints_one_mean_per_own_test_set()
    {
        var script = File.ReadAllText(Train("seeds.sh"));
        var mean = script[script.IndexOf("own tests %.4f", StringComparison.Ordinal)..];
        mean = mean[..mean.IndexOf("\\n", StringComparison.Ordinal)];

        Assert.Equal(Files().Length, mean.Split("%.4f").Length - 1);
    }
}
