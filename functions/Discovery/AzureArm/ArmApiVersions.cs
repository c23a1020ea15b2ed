namespace AiSec.Discovery.AzureArm;

/// <summary>The current GA api-versions of the Resource Manager providers Discovery reads.</summary>
public static class ArmApiVersions
{
    public const string Subscriptions = "2022-12-01";
    public const string CognitiveServices = "2025-06-01";
    public const string MachineLearningServices = "2024-10-01";
}
