using System.Text.Json.Nodes;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// <c>disable_public_network_access</c>: <c>properties.publicNetworkAccess = "Disabled"</c> and
/// <c>networkAcls.defaultAction = "Deny"</c> on each Azure AI account, so only private endpoints reach it. The account's
/// other network rules are sent back unchanged, so turning access on again restores them as they were.
/// </summary>
public sealed class DisablePublicNetworkAccessAction(AzureContainment azure) : AccountSettingAction(azure)
{
    public override string Name => "disable_public_network_access";

    protected override string Change => "disable public network access on";

    protected override string Changed => "disabled public network access on";

    protected override string AlreadySafe => "public network access already disabled on";

    protected override JsonObject Setting(JsonObject? properties) => new()
    {
        // ARM omits publicNetworkAccess on accounts created before the property existed: they are open.
        ["publicNetworkAccess"] = Text(properties?["publicNetworkAccess"]) ?? "Enabled",
        ["networkAclsDefaultAction"] = Text(properties?["networkAcls"]?["defaultAction"]) ?? "Allow",
    };

    protected override bool IsSafeSetting(JsonObject? properties) =>
        string.Equals(Text(properties?["publicNetworkAccess"]), "Disabled", StringComparison.OrdinalIgnoreCase)
        && string.Equals(Text(properties?["networkAcls"]?["defaultAction"]), "Deny", StringComparison.OrdinalIgnoreCase);

    protected override JsonObject Patch(JsonObject? properties)
    {
        var acls = properties?["networkAcls"]?.DeepClone() as JsonObject ?? [];
        acls["defaultAction"] = "Deny";
        return new JsonObject { ["properties"] = new JsonObject { ["publicNetworkAccess"] = "Disabled", ["networkAcls"] = acls } };
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
