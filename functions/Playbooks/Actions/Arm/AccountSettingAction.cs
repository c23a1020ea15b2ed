using System.Text.Json.Nodes;
using AiSec.Discovery.AzureArm;
using Azure.Core;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// An action that turns a setting of each Azure AI account on the incident to its safe value with one <c>PATCH</c>:
/// read the account (the state before), leave it alone when the setting is already safe (done, unchanged), else patch it,
/// wait for the change to settle, and read the state after. A dry run reads but writes nothing.
/// </summary>
public abstract class AccountSettingAction(AzureContainment azure) : IPlaybookAction
{
    public abstract string Name { get; }

    /// <summary>What the action does, in words before the account names: "disabled public network access on".</summary>
    protected abstract string Change { get; }

    /// <summary>The safe state, in words before the account names: "public network access already disabled on".</summary>
    protected abstract string AlreadySafe { get; }

    /// <summary>The settings the action cares about, as recorded before and after.</summary>
    protected abstract JsonObject Setting(JsonObject? properties);

    protected abstract bool IsSafe(JsonObject? properties);

    /// <summary>The <c>PATCH</c> body, from the account's current properties.</summary>
    protected abstract JsonObject Patch(JsonObject? properties);

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        if (azure.Unavailable is { } reason)
        {
            return ActionOutcome.Skipped(reason);
        }

        var accounts = AzureAiTargets.Accounts(request.Incident.AffectedAssets);
        if (accounts.Count == 0)
        {
            return ActionOutcome.Skipped("the incident names no Azure AI account (an affected asset that is a Microsoft.CognitiveServices account or a resource under one)");
        }

        var tally = new ActionTally();
        var planned = new JsonObject();
        foreach (var id in accounts)
        {
            var (account, refusal) = await AzureContainment.CallAsync(() => azure.Arm.GetResourceAsync(id, ArmApiVersions.CognitiveServices, cancellationToken), cancellationToken);
            if (refusal is not null || account is null)
            {
                refusal ??= "no such account (404)";
                tally.Refused(id, refusal);
                planned[id] = new JsonObject { ["refused"] = refusal };
                continue;
            }

            var properties = account["properties"] as JsonObject;
            var before = Setting(properties);
            planned[id] = before.DeepClone();
            if (IsSafe(properties))
            {
                tally.Already(id, before);
                continue;
            }

            if (request.DryRun)
            {
                continue;
            }

            var (settled, failure) = await AzureContainment.CallAsync(async () =>
            {
                var started = await azure.Arm.WriteAsync(RequestMethod.Patch, id, ArmApiVersions.CognitiveServices, Patch(properties), cancellationToken);
                return await azure.SettledAsync(id, started, cancellationToken);
            }, cancellationToken);
            var after = settled?["properties"] as JsonObject;
            if (failure is not null || settled is null || AzureContainment.HasFailed(settled) || !IsSafe(after))
            {
                var state = settled is null ? "gone" : AzureContainment.ProvisioningState(settled) ?? "unknown";
                tally.Refused(id, failure ?? $"the change did not take (provisioning state {state})", before);
                continue;
            }

            tally.Changed(id, before, Setting(after));
        }

        return request.DryRun
            ? ActionOutcome.WouldDo($"{Change} {string.Join(", ", accounts.Select(AzureAiTargets.NameOf))} (their state now is the record's before)", planned)
            : tally.Outcome(Change, AlreadySafe);
    }
}
