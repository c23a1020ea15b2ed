namespace AiSec.Program.Metrics;

/// <summary>Figures the seed's metrics and maturity rest on that it does not name itself (shown beside them).</summary>
public sealed record SupportingFigures
{
    /// <summary>Assets whose latest risk assessment exists.</summary>
    public required int AssetsAssessed { get; init; }

    /// <summary>Assets with a security review in the last 90 days, over all assets (null without assets).</summary>
    public required double? ReviewCoverageRate { get; init; }

    /// <summary>Incident categories with a playbook (the product ships one for each of the seed's eight).</summary>
    public required int PlaybooksDefined { get; init; }

    public required int IncidentsRecorded { get; init; }

    /// <summary>Incidents with at least one escalation, over all incidents (null without incidents).</summary>
    public required double? EscalationRate { get; init; }

    public required OverdueBreakdown Overdue { get; init; }
}

/// <summary>What <see cref="ProgramMetrics.OverdueActions"/> adds up.</summary>
public sealed record OverdueBreakdown(int IncidentSteps, int RedTeamFindings, int ExpiredRiskAcceptances);
