namespace AiSec.Program.Page;

/// <summary>One named series of a chart: a value per day (null: no data that day), drawn in <see cref="Colour"/>.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<double?> Values);
