using SupportSignals.Sentiment;

namespace SupportSignals.Scoring;

/// <summary>How an analysis is read for scoring against single gold labels, by the harness and the trainer alike.</summary>
public static class Outcome
{
    /// <summary>The overall polarity; a mixed one counts as its stronger side.</summary>
    public static Polarity Sentence(TextAnalysis analysis) => analysis.Polarity == Polarity.Mixed
        ? analysis.Scores.Positive >= analysis.Scores.Negative ? Polarity.Positive : Polarity.Negative
        : analysis.Polarity;

    /// <summary>The mentions' polarity, weighing each by its confidence; neutral when none leans either way.</summary>
    public static Polarity Service(IReadOnlyList<ServiceMention> mentions)
    {
        var net = 0.0;
        var mixed = false;
        foreach (var mention in mentions)
        {
            net += mention.Polarity switch
            {
                Polarity.Positive => mention.Confidence,
                Polarity.Negative => -mention.Confidence,
                _ => 0,
            };
            mixed |= mention.Polarity == Polarity.Mixed;
        }
        return net > 0 ? Polarity.Positive : net < 0 ? Polarity.Negative : mixed ? Polarity.Mixed : Polarity.Neutral;
    }
}
