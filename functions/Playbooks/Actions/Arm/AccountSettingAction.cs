using System.Text.Json.Nodes;
using AiSec.Discovery.AzureArm;
using AiSec.Playbooks.Incidents;
using Azure.Core;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// An action that turns a setting of each Azure AI account on the incident to its safe value with one <c>PATCH</c>, waits
/// for the change to settle (a 202 is followed until the provisioning state is final), and checks that it took.
/// </summary>
public abstract class AccountSettingAction(AzureContainment azure) : AzureResourceAction(azure)
{
    protected override string NoTarget => AzureAiTargets.NoAccount;

    protected override IReadOnlyList<string> Targets(Incident incident) => AzureAiTargets.Accounts(incident.AffectedAssets);

    protected override JsonNode? State(JsonObject? resource) => resource is null ? null : Setting(resource["properties"] as JsonObject);

    protected override bool IsSafe(JsonObject? resource) => resource is not null && IsSafeSetting(resource["properties"] as JsonObject);

    /// <summary>The settings the action cares about, as recorded before and after.</summary>
    protected abstract JsonObject Setting(JsonObject? properties);

    protected abstract bool IsSafeSetting(JsonObject? properties);

    /// <summary>The <c>PATCH</c> body, from the account's current properties.</summary>
    protected abstract JsonObject Patch(JsonObject? properties);

    protected override async Task<(JsonNode? After, string? Problem)> ChangeAsync(string id, JsonObject resource, CancellationToken cancellationToken)
    {
        var started = await Azure.Arm.WriteAsync(RequestMethod.Patch, id, ArmApiVersions.CognitiveServices, Patch(resource["properties"] as JsonObject), cancellationToken);
        var settled = await Azure.SettledAsync(id, started, cancellationToken);
        var after = settled?["properties"] as JsonObject;
        if (settled is null || AzureContainment.HasFailed(settled) || !IsSafeSetting(after))
        {
            return (null, $"the change did not take (provisioning state {(settled is null ? "gone" : AzureContainment.ProvisioningState(settled) ?? "unknown")})");
        }

        return (Setting(after), null);
    }
}
