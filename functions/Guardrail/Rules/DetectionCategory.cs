namespace AiSec.Guardrail.Rules;

/// <summary>The categories a verdict reports; names are part of the HTTP and CLI contract.</summary>
public static class DetectionCategory
{
    public const string PromptInjection = "prompt_injection";
    public const string Jailbreak = "jailbreak";
    public const string PromptExtraction = "prompt_extraction";
    public const string Secret = "secret";
    public const string Pii = "pii";
    public const string EmergencyRule = "emergency_rule";
    public const string SystemPromptLeak = "system_prompt_leak";
    public const string Canary = "canary";

    /// <summary>A plain request for harmful help: weapons, poisons, hard drugs, malware, fraud instruments.</summary>
    public const string HarmfulRequest = "harmful_request";

    /// <summary>An agent asked to move money, destroy data or hand out access on claimed authority or without confirmation.</summary>
    public const string ToolAbuse = "tool_abuse";

    /// <summary>Categories that mean "this text attacks the model" (as opposed to carrying sensitive data).</summary>
    public static readonly IReadOnlySet<string> Attacks = new HashSet<string>(StringComparer.Ordinal)
    {
        PromptInjection, Jailbreak, PromptExtraction, EmergencyRule, HarmfulRequest, ToolAbuse,
    };

    public static readonly IReadOnlyList<string> All = [PromptInjection, Jailbreak, PromptExtraction, Secret, Pii, EmergencyRule, SystemPromptLeak, Canary, HarmfulRequest, ToolAbuse];
}
