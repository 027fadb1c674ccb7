using System.Globalization;
using SupportSignals.Sentiment;

namespace SupportSignals.Eval;

/// <summary>
/// The harness metrics. Detection: does the sentence carry the service aspect. Service polarity accuracy: over
/// sentences whose gold service polarity is positive, negative or neutral, the polarity of the detected mentions,
/// or of the whole sentence when none was detected (so it measures polarity apart from detection, as a keyword list
/// plus whole-sentence sentiment would be measured). End to end: a true positive is a detected sentence whose
/// mentions' polarity equals the gold one; sentences with conflicting gold service polarity are left out.
/// Sentence polarity accuracy: the analysis' overall polarity (a mixed one counted as its stronger side) against the
/// majority of the sentence's opinion polarities (not printed for an own set, whose labels give none).
/// </summary>
internal sealed class ServiceScore
{
    private int _truePositives, _falsePositives, _falseNegatives;
    private int _polarityRight, _polarityTotal;
    private int _endToEndRight, _endToEndPredicted, _endToEndGold;
    private int _sentenceRight, _sentenceTotal;

    public void Add(GoldSentence gold, bool detected, Polarity servicePolarity, Polarity sentencePolarity)
    {
        if (detected && gold.Service)
        {
            _truePositives++;
        }
        else if (detected)
        {
            _falsePositives++;
        }
        else if (gold.Service)
        {
            _falseNegatives++;
        }
        if (gold.ServicePolarity is { } expected)
        {
            _polarityTotal++;
            _endToEndGold++;
            if (servicePolarity == expected)
            {
                _polarityRight++;
                if (detected)
                {
                    _endToEndRight++;
                }
            }
        }
        if (detected && !(gold.Service && gold.ServicePolarity is null))
        {
            _endToEndPredicted++;
        }
        if (gold.SentencePolarity is { } sentence)
        {
            _sentenceTotal++;
            if (sentencePolarity == sentence)
            {
                _sentenceRight++;
            }
        }
    }

    public IEnumerable<string> Lines(double sentencesPerSecond)
    {
        var precision = Ratio(_truePositives, _truePositives + _falsePositives);
        var recall = Ratio(_truePositives, _truePositives + _falseNegatives);
        var e2ePrecision = Ratio(_endToEndRight, _endToEndPredicted);
        var e2eRecall = Ratio(_endToEndRight, _endToEndGold);
        yield return Line("service_precision", precision);
        yield return Line("service_recall", recall);
        yield return Line("service_f1", F1(precision, recall));
        yield return Line("service_polarity_accuracy", Ratio(_polarityRight, _polarityTotal));
        yield return Line("service_end_to_end_f1", F1(e2ePrecision, e2eRecall));
        // an own set's labels are the service's only: no sentence polarity to score
        if (_sentenceTotal > 0)
        {
            yield return Line("sentence_polarity_accuracy", Ratio(_sentenceRight, _sentenceTotal));
        }
        yield return string.Create(CultureInfo.InvariantCulture, $"sentences_per_second={sentencesPerSecond:F0}");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static string Line(string name, double value) => string.Create(CultureInfo.InvariantCulture, $"{name}={value:F4}");
}
