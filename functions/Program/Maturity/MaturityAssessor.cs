namespace AiSec.Program.Maturity;

/// <summary>The seed's <c>assess_program_maturity</c>, reconstructed: each dimension's table applied to the figures.</summary>
public static class MaturityAssessor
{
    /// <param name="figures">Metric values by name (seed names and supporting figures); null is "no data".</param>
    public static IReadOnlyList<MaturityAssessment> Assess(IReadOnlyDictionary<string, double?> figures) =>
        [.. MaturityTables.Dimensions.Select(d => Assess(d.Key, d.Value, figures))];

    public static MaturityAssessment Assess(string dimension, IReadOnlyList<Criterion> table, IReadOnlyDictionary<string, double?> figures)
    {
        double? Value(Criterion c) => figures.TryGetValue(c.Metric, out var v) ? v : null;

        var level = MaturityLevel.Initial;
        while (level < MaturityLevel.Optimizing && table.Where(c => c.Level == level + 1).All(c => c.IsMetBy(Value(c))))
        {
            level++;
        }

        var evidence = table.Where(c => c.Level <= level)
            .Select(c => $"{c.Metric} {Criterion.Format(Value(c), c.Unit)} meets {c.Requirement} ({MaturityLevel.Name(c.Level)})")
            .ToList();
        if (evidence.Count == 0)
        {
            evidence.Add("no criterion of a higher level is met yet");
        }

        var next = table.Where(c => c.Level == level + 1).ToList();
        var gaps = next.Where(c => !c.IsMetBy(Value(c)))
            .Select(c => $"{c.Metric} is {Criterion.Format(Value(c), c.Unit)}; {MaturityLevel.Name(c.Level)} needs {c.Requirement}")
            .ToList();
        var progress = next.Count == 0 ? 0 : (double)next.Count(c => c.IsMetBy(Value(c))) / next.Count;
        var score = Math.Round(level + progress, 1, MidpointRounding.ToZero);
        return new MaturityAssessment(dimension, level, MaturityLevel.Name(level), score, evidence, gaps);
    }
}
