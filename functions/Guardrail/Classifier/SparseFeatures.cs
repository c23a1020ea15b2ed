namespace AiSec.Guardrail.Classifier;

/// <summary>The training-time view of <see cref="NgramHasher"/>: aggregated counts scaled like <see cref="LinearModel"/> scores them.</summary>
public static class SparseFeatures
{
    public static (int[] Indices, float[] Values) Extract(string text)
    {
        var sink = new Collector(new Dictionary<int, int>());
        NgramHasher.Visit(text, ref sink);
        var indices = sink.Counts.Keys.Order().ToArray();
        var scale = sink.Total == 0 ? 0f : (float)(1.0 / Math.Sqrt(sink.Total));
        var values = indices.Select(i => sink.Counts[i] * scale).ToArray();
        return (indices, values);
    }

    private struct Collector(Dictionary<int, int> counts) : INgramSink
    {
        public readonly Dictionary<int, int> Counts = counts;
        public int Total;

        public void Add(int index)
        {
            Counts[index] = Counts.GetValueOrDefault(index) + 1;
            Total++;
        }
    }
}
