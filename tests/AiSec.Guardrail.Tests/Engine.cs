using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Policy;

namespace AiSec.Guardrail.Tests;

/// <summary>The shipped engine (embedded model), shared by the pure pipeline tests.</summary>
internal static class Engine
{
    public static readonly GuardrailEngine Shared = Create();

    private static GuardrailEngine Create()
    {
        // As the hosts do at start-up: compile every rule before the first text, so none hits its match timeout.
        Rules.RuleWarmUp.Run();
        return new GuardrailEngine(PromptClassifier.LoadEmbedded());
    }

    public static Verdict Check(string text, string source = Sources.User, GuardrailPolicy? policy = null) =>
        Shared.Check(new GuardrailInput(text, "tests", source), policy ?? GuardrailPolicy.Default, [], "test", DateTimeOffset.UnixEpoch);

    public static bool IsAttack(Verdict verdict) => verdict.Categories.Any(c => Rules.DetectionCategory.Attacks.Contains(c.Name));
}
