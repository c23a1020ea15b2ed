using System.Globalization;

namespace AiSec.Program.Maturity;

/// <summary>
/// One threshold a level requires: metric <see cref="Metric"/> at least (or at most) <see cref="Threshold"/>. A
/// metric with no data never meets a criterion: a level is earned by measurement.
/// </summary>
public sealed record Criterion(int Level, string Metric, Comparison Comparison, double Threshold, MetricUnit Unit)
{
    public bool IsMetBy(double? value) => value is { } v && (Comparison == Comparison.AtLeast ? v >= Threshold : v <= Threshold);

    /// <summary>"asset_coverage_rate ≥ 75%".</summary>
    public string Requirement => $"{Metric} {(Comparison == Comparison.AtLeast ? "≥" : "≤")} {Format(Threshold, Unit)}";

    public static string Format(double? value, MetricUnit unit) => value switch
    {
        null => "no data",
        { } v when unit == MetricUnit.Rate => (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        { } v when unit == MetricUnit.Hours => v.ToString("0.##", CultureInfo.InvariantCulture) + " h",
        { } v => v.ToString("0.##", CultureInfo.InvariantCulture),
    };
}

public enum Comparison
{
    AtLeast,
    AtMost,
}

public enum MetricUnit
{
    Count,
    Rate,
    Hours,
}
