namespace AiSec.Guardrail.Classifier;

/// <summary>
/// The trained classifier: a logistic model over hashed n-gram counts scaled by 1/sqrt(n-gram count). Scoring is a
/// sparse dot product, so a 2,000-character prompt scores in tens of microseconds with no allocation.
/// </summary>
public sealed class LinearModel(float[] weights, float bias)
{
    public float Bias => bias;

    public ReadOnlySpan<float> Weights => weights;

    public double Probability(ReadOnlySpan<char> text)
    {
        var sink = new DotProduct(weights);
        NgramHasher.Visit(text, ref sink);
        if (sink.Count == 0)
        {
            return Sigmoid(bias);
        }

        return Sigmoid((sink.Sum / Math.Sqrt(sink.Count)) + bias);
    }

    public static double Sigmoid(double margin) => 1.0 / (1.0 + Math.Exp(-margin));

    private struct DotProduct(float[] weights) : INgramSink
    {
        public double Sum;
        public int Count;

        public void Add(int index)
        {
            Sum += weights[index];
            Count++;
        }
    }
}
