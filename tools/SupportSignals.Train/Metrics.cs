namespace SupportSignals.Train;

/// <summary>The harness' service figures over classes (0 none, 1 positive, 2 negative, 3 neutral, -1 mixed): detection
/// F1, polarity accuracy over service sentences, end-to-end F1. Unlike the harness, which reads a missed sentence's
/// polarity from the whole sentence, a service sentence the stage misses counts as a wrong polarity here: the
/// stage decides one class per sentence, none included.</summary>
internal readonly record struct Metrics(double F1, double Polarity, double EndToEnd)
{
    /// <param name="noneWeight">How much a sentence without service counts: the data has far more service
    /// sentences than reviews do, so the figures are weighed to the share of service the trainer is told.</param>
    public static Metrics Of(IReadOnlyList<int> gold, IReadOnlyList<int> predicted, double noneWeight = 1)
    {
        double tp = 0, fp = 0, fn = 0, polarityRight = 0, service = 0, e2eRight = 0, e2ePredicted = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            bool g = gold[i] != 0, d = predicted[i] != 0;
            tp += g && d ? 1 : 0;
            fp += !g && d ? noneWeight : 0;
            fn += g && !d ? 1 : 0;
            if (g)
            {
                service++;
                if (predicted[i] == gold[i])
                {
                    polarityRight++;
                    e2eRight++;
                }
            }
            e2ePredicted += d ? (g ? 1 : noneWeight) : 0;
        }
        static double Ratio(double a, double b) => b == 0 ? 0 : (double)a / b;
        static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Metrics(F(Ratio(tp, tp + fp), Ratio(tp, tp + fn)), Ratio(polarityRight, service), F(Ratio(e2eRight, e2ePredicted), Ratio(e2eRight, service)));
    }

    public override string ToString() => FormattableString.Invariant($"service F1 {F1:F4}, polarity (a miss is wrong) {Polarity:F4}, end to end {EndToEnd:F4}");
}
