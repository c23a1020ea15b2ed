using System.Text.Json.Nodes;

namespace AiSec.Discovery.AzureArm;

/// <summary>What a Cognitive Services account tells about every deployment in it: where, how exposed, how secured.</summary>
public sealed record AccountFacts(
    string Id,
    string Name,
    string Kind,
    string? Location,
    string? Endpoint,
    NetworkPosture Network,
    bool DisableLocalAuth,
    bool CustomerManagedKey,
    string? IdentityType,
    IReadOnlyDictionary<string, string> Tags)
{
    public static AccountFacts Of(JsonObject account)
    {
        var properties = account.Object("properties");
        return new AccountFacts(
            account.Text("id") ?? throw new ArmRequestException("An account in the list has no id.", 200, "InvalidResponse"),
            account.Text("name") ?? "",
            account.Text("kind") ?? "",
            account.Text("location"),
            properties.Text("endpoint"),
            NetworkPosture.Of(properties),
            properties.Flag("disableLocalAuth") ?? false,
            string.Equals(properties?.Object("encryption").Text("keySource"), "Microsoft.KeyVault", StringComparison.OrdinalIgnoreCase),
            account.Object("identity").Text("type"),
            TagsOf(account));
    }

    public static IReadOnlyDictionary<string, string> TagsOf(JsonObject resource) =>
        resource.Object("tags") is { } tags
            ? tags.Where(t => t.Value is JsonValue).ToDictionary(t => t.Key, t => t.Value!.ToString(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>();
}
