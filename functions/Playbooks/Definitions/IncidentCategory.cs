namespace AiSec.Playbooks.Definitions;

/// <summary>The seed's incident categories; each has exactly one playbook.</summary>
public static class IncidentCategory
{
    public const string PromptInjectionExploitation = "prompt_injection_exploitation";
    public const string DataExfiltrationViaModel = "data_exfiltration_via_model";
    public const string ModelSupplyChainCompromise = "model_supply_chain_compromise";
    public const string AgentUnauthorizedActions = "agent_unauthorized_actions";
    public const string TrainingDataPoisoning = "training_data_poisoning";
    public const string ModelDenialOfService = "model_denial_of_service";
    public const string PiiLeakageInOutput = "pii_leakage_in_output";
    public const string JailbreakBypass = "jailbreak_bypass";

    public static IReadOnlyList<string> All { get; } =
    [
        PromptInjectionExploitation, DataExfiltrationViaModel, ModelSupplyChainCompromise, AgentUnauthorizedActions,
        TrainingDataPoisoning, ModelDenialOfService, PiiLeakageInOutput, JailbreakBypass,
    ];

    public static bool IsKnown(string value) => All.Contains(value, StringComparer.Ordinal);
}
