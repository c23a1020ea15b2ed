namespace AiSec.Program.Metrics;

/// <summary>
/// One of seed 002's metrics M1–M10. <see cref="Computable"/> false: the product has no data for it, and
/// <see cref="Note"/> says why. <see cref="Value"/> null with <see cref="Computable"/> true: no data yet.
/// </summary>
public sealed record Seed002Metric(string Id, string Name, bool Computable, double? Value, string Unit, string Definition, string? Note = null);
