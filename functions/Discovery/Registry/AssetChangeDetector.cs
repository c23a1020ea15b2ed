using System.Text.Json.Nodes;
using AiSec.Discovery.HuggingFace;
using AiSec.Shared.Assets;

namespace AiSec.Discovery.Registry;

/// <summary>
/// Compares an asset before and after a scan and names what matters to security: new, back, model swapped,
/// opened to the internet, local keys turned on, content filter or guardrail removed, pickle weights appeared,
/// weights replaced. Cosmetic differences (last seen, capacity) are not changes.
/// </summary>
public static class AssetChangeDetector
{
    public static IEnumerable<AssetChange> Between(AiAsset? before, AiAsset after)
    {
        if (before is null)
        {
            yield return new(after.Id, AssetChangeKinds.NewAsset, after.Name);
            foreach (var change in WeightChanges(null, after))
            {
                yield return change;
            }

            yield break;
        }

        if (before.Status != AssetVocabulary.Status.Active && after.Status == AssetVocabulary.Status.Active)
        {
            yield return new(after.Id, AssetChangeKinds.Reappeared, $"was {before.Status}");
        }

        if (!Same(before.ModelName, after.ModelName))
        {
            yield return new(after.Id, AssetChangeKinds.ModelChanged, $"{before.ModelName} -> {after.ModelName}");
        }
        else if (!Same(before.ModelVersion, after.ModelVersion))
        {
            yield return new(after.Id, AssetChangeKinds.ModelVersionChanged, $"{before.ModelVersion} -> {after.ModelVersion}");
        }

        if (before.NetworkExposure != after.NetworkExposure)
        {
            yield return after.NetworkExposure == AssetVocabulary.Exposure.Public
                ? new(after.Id, AssetChangeKinds.PublicAccessEnabled, $"{before.NetworkExposure} -> public")
                : new(after.Id, AssetChangeKinds.ExposureChanged, $"{before.NetworkExposure} -> {after.NetworkExposure}");
        }

        if (Flag(before, EvidenceKeys.DisableLocalAuth) == true && Flag(after, EvidenceKeys.DisableLocalAuth) == false)
        {
            yield return new(after.Id, AssetChangeKinds.LocalAuthEnabled, "key authentication turned back on");
        }

        var raiBefore = Text(before, EvidenceKeys.RaiPolicyName);
        var raiAfter = Text(after, EvidenceKeys.RaiPolicyName);
        if (raiBefore is not null && raiAfter is null)
        {
            yield return new(after.Id, AssetChangeKinds.RaiPolicyRemoved, raiBefore);
        }
        else if (raiBefore is not null && !Same(raiBefore, raiAfter))
        {
            yield return new(after.Id, AssetChangeKinds.RaiPolicyChanged, $"{raiBefore} -> {raiAfter}");
        }

        if (ShieldOn(before) && !ShieldOn(after) && raiAfter is not null)
        {
            yield return new(after.Id, AssetChangeKinds.PromptShieldDisabled, raiAfter);
        }

        var guardrailsBefore = Names(before.Properties[EvidenceKeys.Guardrails]);
        var guardrailsAfter = Names(after.Properties[EvidenceKeys.Guardrails]);
        var removed = guardrailsBefore.Except(guardrailsAfter).ToList();
        if (removed.Count > 0)
        {
            yield return new(after.Id, AssetChangeKinds.GuardrailRemoved, string.Join(", ", removed));
        }

        if (Flag(before, EvidenceKeys.InvocationLogging) == true && Flag(after, EvidenceKeys.InvocationLogging) == false)
        {
            yield return new(after.Id, AssetChangeKinds.InvocationLoggingDisabled, null);
        }

        foreach (var change in WeightChanges(before, after))
        {
            yield return change;
        }
    }

    private static IEnumerable<AssetChange> WeightChanges(AiAsset? before, AiAsset after)
    {
        var old = Weights(before).ToDictionary(w => w.File, StringComparer.Ordinal);
        foreach (var weight in Weights(after))
        {
            old.TryGetValue(weight.File, out var previous);
            if (previous is null && weight.Format == "pickle")
            {
                yield return new(after.Id, AssetChangeKinds.PickleWeightsAppeared, weight.File);
            }

            if (weight.PickleRisk == PickleScanner.Dangerous && previous?.PickleRisk != PickleScanner.Dangerous)
            {
                yield return new(after.Id, AssetChangeKinds.DangerousPickleAppeared, weight.File);
            }

            if (previous is not null && previous.Sha256 is not null && !Same(previous.Sha256, weight.Sha256))
            {
                yield return new(after.Id, AssetChangeKinds.WeightsChanged, weight.File);
            }
        }
    }

    private sealed record WeightFacts(string File, string? Format, string? Sha256, string? PickleRisk);

    private static IEnumerable<WeightFacts> Weights(AiAsset? asset) =>
        asset?.Properties["weights"] is JsonArray weights
            ? weights.OfType<JsonObject>().Select(w => new WeightFacts(w["file"]?.ToString() ?? "", w["format"]?.ToString(), w["sha256"]?.ToString(), w["pickleRisk"]?.ToString()))
            : [];

    private static bool ShieldOn(AiAsset asset) => asset.Properties["raiPolicy"]?["promptShield"] is JsonValue v && v.TryGetValue<bool>(out var on) && on;

    private static IEnumerable<string> Names(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n is JsonObject o ? (o["id"] ?? o["name"])?.ToString() : n?.ToString()).OfType<string>() : [];

    private static string? Text(AiAsset asset, string key) =>
        asset.Properties[key] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static bool? Flag(AiAsset asset, string key) =>
        asset.Properties[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
