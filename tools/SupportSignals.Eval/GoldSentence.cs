using System.Xml.Linq;
using SupportSignals.Scoring;
using SupportSignals.Sentiment;

namespace SupportSignals.Eval;

/// <summary>
/// One annotated sentence. <see cref="ServicePolarity"/> is the polarity its service opinions agree on, null when
/// they conflict (a "conflict" label or opinions of different polarities). <see cref="SentencePolarity"/> is the
/// strict majority of all its opinions' polarities ("conflict" does not vote), null with no opinion or a tie.
/// </summary>
internal sealed record GoldSentence(string Text, bool Service, Polarity? ServicePolarity, Polarity? SentencePolarity)
{
    /// <summary>Reads an own set (a .tsv file, <see cref="LabelledLines"/>) or a SemEval XML file.</summary>
    public static IReadOnlyList<GoldSentence> LoadAny(string path) =>
        IsOwnSet(path) ? LoadTsv(path) : Load(path);

    public static bool IsOwnSet(string path) => path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads an own set: one comment per line, labelled with the service's polarity in the comment as a
    /// whole, as train.sh --test reads it. Its labels give no sentence polarity.</summary>
    public static IReadOnlyList<GoldSentence> LoadTsv(string path) =>
        [.. LabelledLines.Read(path).Select(row => new GoldSentence(row.Text, row.Label != 0, LabelledLines.PolarityOf(row.Label), null))];

    /// <summary>Reads SemEval-2014 (&lt;aspectCategory category="service"&gt;) and SemEval-2016
    /// (&lt;Opinion category="SERVICE#GENERAL"&gt;) files alike.</summary>
    public static IReadOnlyList<GoldSentence> Load(string path)
    {
        var sentences = new List<GoldSentence>();
        foreach (var sentence in XDocument.Load(path).Descendants("sentence"))
        {
            var text = (string?)sentence.Element("text");
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var opinions = sentence.Descendants()
                .Where(e => e.Name.LocalName is "aspectCategory" or "Opinion")
                .Select(e => (Category: (string?)e.Attribute("category") ?? "", Polarity: (string?)e.Attribute("polarity") ?? ""))
                .ToList();
            var service = opinions.Where(o => IsService(o.Category)).Select(o => o.Polarity).Distinct().ToList();
            sentences.Add(new GoldSentence(
                text,
                service.Count > 0,
                service.Count == 1 ? Parse(service[0]) : null,
                Majority(opinions.Select(o => Parse(o.Polarity)))));
        }
        return sentences;
    }

    private static bool IsService(string category) =>
        category.Equals("service", StringComparison.OrdinalIgnoreCase) || category.StartsWith("SERVICE#", StringComparison.OrdinalIgnoreCase);

    private static Polarity? Parse(string polarity) => polarity switch
    {
        "positive" => Polarity.Positive,
        "negative" => Polarity.Negative,
        "neutral" => Polarity.Neutral,
        _ => null,
    };

    private static Polarity? Majority(IEnumerable<Polarity?> votes)
    {
        var counts = votes.OfType<Polarity>().GroupBy(p => p).Select(g => (g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        return counts.Count == 0 || (counts.Count > 1 && counts[0].Count == counts[1].Count) ? null : counts[0].Key;
    }
}
