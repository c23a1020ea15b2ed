namespace AiSec.Bench;

/// <summary>Percentiles of measured latencies.</summary>
public static class Latency
{
    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        return values[Math.Clamp((int)Math.Ceiling(p * values.Count) - 1, 0, values.Count - 1)];
    }
}
