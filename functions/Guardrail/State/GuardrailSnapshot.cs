using AiSec.Guardrail.EmergencyRules;
using AiSec.Guardrail.Keys;
using AiSec.Guardrail.Policy;

namespace AiSec.Guardrail.State;

/// <summary>
/// Everything a request needs from storage, read in the background and swapped atomically, so the hot path never
/// waits on storage: policies by app, API keys by id, compiled emergency rules.
/// </summary>
public sealed record GuardrailSnapshot(
    IReadOnlyDictionary<string, GuardrailPolicy> Policies,
    IReadOnlyDictionary<string, StoredApiKey> Keys,
    IReadOnlyList<CompiledEmergencyRule> EmergencyRules,
    DateTimeOffset LoadedAt)
{
    public static GuardrailSnapshot Empty { get; } = new(new Dictionary<string, GuardrailPolicy>(), new Dictionary<string, StoredApiKey>(), [], DateTimeOffset.MinValue);

    public GuardrailPolicy PolicyFor(string app) =>
        Policies.TryGetValue(GuardrailStore.AppKey(app), out var policy) ? policy : GuardrailPolicy.Default;
}
