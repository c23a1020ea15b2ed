using System.Text.Json.Nodes;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// <c>disable_local_auth</c>: <c>properties.disableLocalAuth = true</c> on each Azure AI account, after which its API keys
/// are refused and only Entra ID tokens are accepted: a leaked key stops working at once.
/// </summary>
public sealed class DisableLocalAuthAction(AzureContainment azure) : AccountSettingAction(azure)
{
    public override string Name => "disable_local_auth";

    protected override string Change => "disable local (key) authentication on";

    protected override string Changed => "disabled local (key) authentication on";

    protected override string AlreadySafe => "local authentication already disabled on";

    protected override JsonObject Setting(JsonObject? properties) => new() { ["disableLocalAuth"] = IsSafeSetting(properties) };

    protected override bool IsSafeSetting(JsonObject? properties) =>
        properties?["disableLocalAuth"] is JsonValue value && value.TryGetValue<bool>(out var disabled) && disabled;

    protected override JsonObject Patch(JsonObject? properties) =>
        new() { ["properties"] = new JsonObject { ["disableLocalAuth"] = true } };
}
