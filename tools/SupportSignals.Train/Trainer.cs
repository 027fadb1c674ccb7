using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Train;

/// <summary>Multinomial logistic regression over hashed binary features, trained by stochastic gradient descent with
/// L2 decay and a seeded shuffle, so the same data and settings give the same weights.</summary>
internal static class Trainer
{
    public static float[] Fit(IReadOnlyList<int[]> features, IReadOnlyList<int> labels, int epochs = 30, float rate = 0.2f, float l2 = 1e-4f, int seed = 16)
    {
        var weights = new float[ServiceStage.Size * ServiceStage.Classes];
        var order = new int[features.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var random = new Random(seed);
        Span<float> p = stackalloc float[ServiceStage.Classes];
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
        }
        return weights;
    }
}
