using AiSec.Guardrail.Overturns;
using AiSec.Program.RedTeam;
using AiSec.Risk.Acceptance;
using AiSec.Risk.Assessment;
using AiSec.Shared.Assets;
using AiSec.Shared.Incidents;

namespace AiSec.Program.Metrics;

/// <summary>Everything the figures are computed from, read once (<see cref="ProgramInputsLoader"/>), as of <see cref="Now"/>.</summary>
public sealed record ProgramInputs
{
    public required DateTimeOffset Now { get; init; }

    public IReadOnlyList<AiAsset> Assets { get; init; } = [];

    /// <summary>Latest assessment by asset id.</summary>
    public IReadOnlyDictionary<string, AssetRisk> Scores { get; init; } = new Dictionary<string, AssetRisk>();

    public IReadOnlyList<RiskAcceptance> Acceptances { get; init; } = [];

    public IReadOnlyList<IncidentEntity> Incidents { get; init; } = [];

    public IReadOnlyList<RedTeamEngagement> Engagements { get; init; } = [];

    public IReadOnlyList<RedTeamFinding> Findings { get; init; } = [];

    /// <summary>Guardrail counter rows of the last 30 days.</summary>
    public IReadOnlyList<CounterRow> Counters { get; init; } = [];

    public IReadOnlyList<GuardrailOverturn> Overturns { get; init; } = [];

    public AuditStatus Audit { get; init; } = AuditStatus.Empty;

    public int PlaybooksDefined { get; init; }
}

/// <summary>One app's guardrail counts for one UTC hour (<see cref="AiSec.Shared.Usage.GuardrailCounterKeys"/>).</summary>
public sealed record CounterRow(string App, DateTimeOffset Hour, IReadOnlyDictionary<string, long> Counts)
{
    public long this[string column] => Counts.GetValueOrDefault(column);
}

/// <summary>
/// The audit log's verification: intact or where it first breaks, how many records, and how many a signed
/// checkpoint vouches for (the rest await the next checkpoint).
/// </summary>
public sealed record AuditStatus(bool Intact, long Records, long Vouched, string? Problem)
{
    public static AuditStatus Empty { get; } = new(true, 0, 0, null);
}
