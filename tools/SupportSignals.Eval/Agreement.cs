using System.Text.RegularExpressions;
using SupportSignals.Sentiment;

namespace SupportSignals.Eval;

/// <summary>
/// Two annotation efforts of the same sentences scored against each other with the harness's metrics: the other
/// file's labels stand in for a system's output (service detected when it labels service; its service polarity, mixed
/// when its service opinions conflict; its sentence polarity otherwise). Sentences are matched by their text, case and
/// runs of white space aside; a text that stands more than once in a file is taken at its first place.
/// </summary>
internal static partial class Agreement
{
    public static (int Shared, ServiceScore Score) Score(IReadOnlyList<GoldSentence> gold, IReadOnlyList<GoldSentence> other)
    {
        var others = new Dictionary<string, GoldSentence>();
        foreach (var sentence in other)
        {
            others.TryAdd(Key(sentence.Text), sentence);
        }
        var score = new ServiceScore();
        var shared = 0;
        var seen = new HashSet<string>();
        foreach (var sentence in gold)
        {
            var key = Key(sentence.Text);
            if (!seen.Add(key) || !others.TryGetValue(key, out var labelled))
            {
                continue;
            }
            shared++;
            var sentencePolarity = labelled.SentencePolarity ?? Polarity.Neutral;
            var servicePolarity = labelled.Service ? labelled.ServicePolarity ?? Polarity.Mixed : sentencePolarity;
            score.Add(sentence, labelled.Service, servicePolarity, sentencePolarity);
        }
        return (shared, score);
    }

    private static string Key(string text) => Spaces().Replace(text.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
