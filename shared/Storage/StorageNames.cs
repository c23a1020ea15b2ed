namespace AiSec.Shared.Storage;

/// <summary>
/// Every table, queue and blob container the capabilities share. These names are the storage contracts between
/// Discovery, Risk, Guardrail, Playbooks and Audit, so they live in one place.
/// </summary>
public static class StorageNames
{
    public static class Tables
    {
        public const string Assets = "assets";
        public const string AssetOverrides = "assetoverrides";
        public const string RiskScores = "riskscores";
        public const string RiskHistory = "riskhistory";
        public const string GuardrailPolicies = "guardrailpolicies";
        public const string GuardrailRules = "guardrailrules";
        public const string GuardrailKeys = "guardrailkeys";
        public const string GuardrailCounters = "guardrailcounters";
        public const string Incidents = "incidents";
        public const string IncidentTimeline = "incidenttimeline";
        public const string IncidentDedupe = "incidentdedupe";
        public const string ScanCache = "scancache";
        public const string RiskAttestations = "riskattestations";
        public const string RiskAcceptances = "riskacceptances";
        public const string GuardrailOverturns = "guardrailoverturns";
        public const string RedTeam = "redteam";
        public const string DashboardSnapshots = "dashboardsnapshots";

        /// <summary>Used approval links and quorum votes (Playbooks' approval page).</summary>
        public const string ApprovalTokens = "approvaltokens";

        public static IReadOnlyList<string> All { get; } =
        [
            Assets, AssetOverrides, RiskScores, RiskHistory, GuardrailPolicies, GuardrailRules, GuardrailKeys,
            GuardrailCounters, Incidents, IncidentTimeline, IncidentDedupe, ScanCache, RiskAttestations,
            RiskAcceptances, GuardrailOverturns, RedTeam, DashboardSnapshots, ApprovalTokens,
        ];
    }

    public static class Queues
    {
        public const string DiscoveryChanges = "discovery-changes";
        public const string IncidentSignals = "incident-signals";

        public static IReadOnlyList<string> All { get; } = [DiscoveryChanges, IncidentSignals];
    }

    public static class Containers
    {
        public const string Audit = "audit";
        public const string AuditCheckpoints = "audit-checkpoints";
        public const string Evidence = "evidence";

        public static IReadOnlyList<string> All { get; } = [Audit, AuditCheckpoints, Evidence];
    }
}
