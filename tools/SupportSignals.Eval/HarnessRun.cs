using System.Globalization;
using SupportSignals.Scoring;
using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Eval;

/// <summary>
/// One scoring pass of the harness: each gold text (a SemEval sentence, or an own set's comment) read by the analyzer
/// as the product reads a text — with the language hint when one is given (a source that knows the language), else
/// with the language detected — scored by <see cref="ServiceScore"/>, the languages it was read in counted.
/// </summary>
internal sealed class HarnessRun(EmbeddedAnalyzer analyzer, string? language)
{
    private readonly Dictionary<string, int> _languages = [];

    public ServiceScore Score { get; } = new();

    /// <summary>Reads every text; each misreading (service missed or found wrongly, or a wrong service polarity) goes
    /// to <paramref name="errors"/> when given, with the language it was read in when <paramref name="nameLanguage"/>.</summary>
    public void Read(IReadOnlyList<GoldSentence> gold, TextWriter? errors = null, bool nameLanguage = false)
    {
        for (var i = 0; i < gold.Count; i++)
        {
            var analysis = analyzer.Analyze(i.ToString(CultureInfo.InvariantCulture), gold[i].Text, language);
            _languages[analysis.Language] = _languages.GetValueOrDefault(analysis.Language) + 1;
            var sentencePolarity = Outcome.Sentence(analysis);
            var servicePolarity = analysis.MentionsService ? Outcome.Service(analysis.Mentions) : sentencePolarity;
            Score.Add(gold[i], analysis.MentionsService, servicePolarity, sentencePolarity);
            if (errors is not null && (analysis.MentionsService != gold[i].Service || (gold[i].ServicePolarity is { } p && p != servicePolarity)))
            {
                errors.WriteLine($"{(gold[i].Service ? "gold:" + gold[i].ServicePolarity : "gold:none")}\tgot:{(analysis.MentionsService ? servicePolarity.ToString() : "none")}{(nameLanguage ? "\tlang:" + analysis.Language : "")}\t[{string.Join("; ", analysis.Mentions.Select(m => $"{m.Target}/{m.Polarity}/{m.Category}"))}]\t{gold[i].Text}");
            }
        }
    }

    /// <summary>How many texts were read in each language, most first ("de:99,und:1").</summary>
    public string Languages => string.Join(',', _languages
        .OrderByDescending(l => l.Value)
        .ThenBy(l => l.Key, StringComparer.Ordinal)
        .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key}:{l.Value}")));
}
