using SupportSignals.Sentiment;

namespace SupportSignals.Scoring;

/// <summary>
/// The own sets' format (tools/SupportSignals.Train/data/*.tsv): one comment per line, "label TAB text", the label the
/// service's polarity in the comment as a whole (none when it gives no opinion of the service). Read alike by the
/// trainer (its data and --test) and the harness (eval.sh on a .tsv file).
/// </summary>
public static class LabelledLines
{
    /// <summary>The labels by class: a line's class is its label's index here.</summary>
    public static readonly string[] Labels = ["none", "positive", "negative", "neutral"];

    /// <summary>Reads "label TAB text" lines; '#' starts a comment; "mixed" lines are skipped (no single class).</summary>
    public static List<(int Label, string Text)> Read(string path)
    {
        var rows = new List<(int, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                throw new FormatException($"no tab in: {line}");
            }
            var label = Array.IndexOf(Labels, line[..tab]);
            if (label < 0)
            {
                if (line[..tab] == "mixed")
                {
                    continue;
                }
                throw new FormatException($"unknown label in: {line}");
            }
            rows.Add((label, line[(tab + 1)..]));
        }
        return rows;
    }

    /// <summary>The service polarity a class stands for; null for none (class 0).</summary>
    public static Polarity? PolarityOf(int label) => label switch
    {
        1 => Polarity.Positive,
        2 => Polarity.Negative,
        3 => Polarity.Neutral,
        _ => null,
    };
}
