using System.Text.Json.Serialization;
using AiSec.Program.Maturity;
using AiSec.Program.Metrics;
using AiSec.Program.Snapshots;

namespace AiSec.Program.Report;

/// <summary>
/// Where the program stands, computed once and served as the page, <c>GET /api/dashboard</c> and
/// <c>aisec report</c> alike. Serialized with the seed's snake_case names (<see cref="ReportJson"/>).
/// </summary>
public sealed record ProgramReport(
    DateTimeOffset GeneratedAt,
    ProgramMetrics Metrics,
    SupportingFigures Supporting,
    IReadOnlyList<MaturityAssessment> Maturity,
    [property: JsonPropertyName("seed_002_metrics")] IReadOnlyList<Seed002Metric> Seed002Metrics,
    IReadOnlyDictionary<string, string> Definitions,
    IReadOnlyList<DailySnapshot> Trends);
