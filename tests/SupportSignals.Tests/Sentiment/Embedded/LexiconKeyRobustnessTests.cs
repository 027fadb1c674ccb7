using SupportSignals.Sentiment.Embedded;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Sentiment.Embedded;

/// <summary>
/// Every lexicon key, alone, inflected and thrown together with others of its language, is read without an exception.
/// Rules that slice a word by the length of a suffix or look a few words ahead are where a text can crash the
/// analyzer ("İyi davrandılar." threw before round analyzer84: a phrase's suffix was sliced from its first word), and
/// a crash would send a customer's comment to the poison queue instead of the figures.
/// </summary>
public class LexiconKeyRobustnessTests
{
    private static readonly EmbeddedAnalyzer Analyzer = new();

    private static readonly string[] Joints = [" ", " ", " ", ", ", ". ", " but ", "! ", "? ", " 🙂 "];

    private static readonly string[] Endings = ["", "", "lar", "ı", "'s", "s", "ing"];

    private static string Lexicons => Path.Combine(RepoRoot.Path, "functions", "SupportSignals.Sentiment.Embedded", "Lexicons");

    public static TheoryData<string> LexiconFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Lexicons, "*.lex").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LexiconFiles))]
    public void Every_key_alone_inflected_and_combined_is_read_without_an_exception(string file)
    {
        var keys = KeysOf(Path.Combine(Lexicons, file));
        var language = file.Split('-', '.')[0];
        var texts = new List<string>();
        foreach (var key in keys)
        {
            texts.Add(key);
            texts.Add(key + key);
            texts.Add(char.ToUpperInvariant(key[0]) + key[1..] + "lar.");
            texts.Add("İ" + key + "ılar.");
        }
        var random = new Random(20261125);
        for (var i = 0; i < 5_000; i++)
        {
            var words = random.Next(1, 9);
            var text = "";
            for (var w = 0; w < words; w++)
            {
                text += (w == 0 ? "" : Joints[random.Next(Joints.Length)]) + keys[random.Next(keys.Count)] + Endings[random.Next(Endings.Length)];
            }
            texts.Add(text);
        }

        var failures = texts.Where(text => Throws(text, null) || Throws(text, language)).Take(5).ToList();

        Assert.Empty(failures);
    }

    private static bool Throws(string text, string? language)
    {
        try
        {
            Analyzer.Analyze("robustness", text, language);
            return false;
        }
        catch (Exception)
        {
            return true;
        }
    }

    /// <summary>The keys of a lexicon file: the comma-separated words and phrases before the bar, stems without their
    /// star.</summary>
    private static List<string> KeysOf(string path)
    {
        var keys = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var bar = line.IndexOf('|');
            if (line.StartsWith('#') || bar < 0)
            {
                continue;
            }
            foreach (var key in line[..bar].Split(','))
            {
                var word = key.Trim().TrimEnd('*');
                if (word.Length > 0)
                {
                    keys.Add(word);
                }
            }
        }
        return keys;
    }
}
