using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Train;

/// <summary>Multinomial logistic regression over hashed binary features, trained by stochastic gradient descent with
/// L2 decay and a seeded shuffle, so the same data and settings give the same weights.</summary>
internal static class Trainer
{
    public static float[] Fit(IReadOnlyList<int[]> features, IReadOnlyList<int> labels, int epochs = 30, float rate = 0.2f, float l2 = 1e-4f, int seed = 16, int averageFrom = -1)
    {
        var weights = new float[ServiceStage.Size * ServiceStage.Classes];
        var order = new int[features.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var random = new Random(seed);
        Span<float> p = stackalloc float[ServiceStage.Classes];
        // averageFrom >= 0 (--average-from): the result is the mean of the weights at the end of epochs averageFrom.. (snapshot
        // averaging, round analyzer35; off by default)
        float[]? average = averageFrom >= 0 && averageFrom < epochs ? new float[weights.Length] : null;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var step = rate / (1f + epoch * 0.2f);
            foreach (var i in order)
            {
                var x = features[i];
                ServiceStage.Probabilities(weights, x, p);
                for (var c = 0; c < ServiceStage.Classes; c++)
                {
                    var gradient = p[c] - (labels[i] == c ? 1f : 0f);
                    foreach (var f in x)
                    {
                        ref var w = ref weights[(f * ServiceStage.Classes) + c];
                        w -= step * (gradient + (l2 * w));
                    }
                }
            }
            if (average is not null && epoch >= averageFrom)
            {
                for (var j = 0; j < weights.Length; j++)
                {
                    average[j] += weights[j];
                }
            }
        }
        if (average is not null)
        {
            for (var j = 0; j < average.Length; j++)
            {
                average[j] /= epochs - averageFrom;
            }
            return average;
        }
        return weights;
    }
}
