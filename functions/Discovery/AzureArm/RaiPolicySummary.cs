using System.Text.Json.Nodes;

namespace AiSec.Discovery.AzureArm;

/// <summary>
/// An account's content filter (RAI policy): its mode and whether the prompt shields (jailbreak and indirect
/// attack) are on, which is what a security team asks first.
/// </summary>
public sealed record RaiPolicySummary(string Id, string Name, string? Type, string? Mode, string? BasePolicyName, bool PromptShield, bool IndirectAttackShield, JsonArray Filters)
{
    public bool IsCustomerManaged => string.Equals(Type, "UserManaged", StringComparison.OrdinalIgnoreCase);

    public static RaiPolicySummary Of(JsonObject policy)
    {
        var properties = policy.Object("properties");
        var filters = properties.Objects("contentFilters").ToList();
        bool Shield(string name) => filters.Any(f =>
            string.Equals(f.Text("name"), name, StringComparison.OrdinalIgnoreCase) && (f.Flag("enabled") ?? false) && (f.Flag("blocking") ?? true));
        return new RaiPolicySummary(
            policy.Text("id") ?? "",
            policy.Text("name") ?? "",
            properties.Text("type"),
            properties.Text("mode"),
            properties.Text("basePolicyName"),
            Shield("Jailbreak"),
            Shield("Indirect Attack"),
            new JsonArray(filters.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Text("name"),
                ["source"] = f.Text("source"),
                ["enabled"] = f.Flag("enabled"),
                ["blocking"] = f.Flag("blocking"),
                ["severityThreshold"] = f.Text("severityThreshold"),
            }).ToArray()));
    }

    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["type"] = Type,
        ["mode"] = Mode,
        ["basePolicyName"] = BasePolicyName,
        ["promptShield"] = PromptShield,
        ["indirectAttackShield"] = IndirectAttackShield,
        ["contentFilters"] = Filters.DeepClone(),
    };
}
