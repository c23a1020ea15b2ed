using System.Text.Json.Nodes;
using AiSec.Discovery.AzureArm;
using AiSec.Playbooks.Incidents;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// An Azure containment action on each of the incident's Azure AI resources (accounts, or deployments): read the resource
/// (the state before), leave it alone when it is already safe (done, unchanged), else change it and record the state
/// after. A dry run reads but changes nothing. Resource Manager's answers are sorted by <see cref="AzureContainment"/>:
/// a permanent refusal fails that target and the others go on; anything that may pass is thrown.
/// </summary>
public abstract class AzureResourceAction(AzureContainment azure) : IPlaybookAction
{
    public abstract string Name { get; }

    /// <summary>What the action does, before the target names: "disable public network access on".</summary>
    protected abstract string Change { get; }

    /// <summary>What it did, before the target names: "disabled public network access on".</summary>
    protected abstract string Changed { get; }

    /// <summary>The safe state, before the target names: "public network access already disabled on".</summary>
    protected abstract string AlreadySafe { get; }

    /// <summary>Why the action is skipped when the incident names no target.</summary>
    protected abstract string NoTarget { get; }

    protected AzureContainment Azure => azure;

    protected abstract IReadOnlyList<string> Targets(Incident incident);

    /// <summary>What is recorded of the resource, before and after; <paramref name="resource"/> is null when it does not exist.</summary>
    protected abstract JsonNode? State(JsonObject? resource);

    /// <summary>Whether there is nothing to do: already safe (or gone, where gone is safe).</summary>
    protected abstract bool IsSafe(JsonObject? resource);

    /// <summary>Makes the change: the state after, or why it did not take. Resource Manager errors are thrown.</summary>
    protected abstract Task<(JsonNode? After, string? Problem)> ChangeAsync(string id, JsonObject resource, CancellationToken cancellationToken);

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        if (azure.Unavailable is { } reason)
        {
            return ActionOutcome.Skipped(reason);
        }

        var targets = Targets(request.Incident);
        if (targets.Count == 0)
        {
            return ActionOutcome.Skipped(NoTarget);
        }

        var tally = new ActionTally();
        foreach (var id in targets)
        {
            var (resource, refusal) = await AzureContainment.CallAsync(() => azure.Arm.GetResourceAsync(id, ArmApiVersions.CognitiveServices, cancellationToken), cancellationToken);
            var before = State(resource);
            if (refusal is not null || (resource is null && !IsSafe(null)))
            {
                tally.Refused(id, refusal ?? "it does not exist (404)");
            }
            else if (IsSafe(resource))
            {
                tally.Already(id, before);
            }
            else if (request.DryRun)
            {
                tally.WouldChange(id, before);
            }
            else
            {
                var (result, failure) = await AzureContainment.CallAsync(() => ChangeAsync(id, resource!, cancellationToken), cancellationToken);
                if ((failure ?? result.Problem) is { } problem)
                {
                    tally.Refused(id, problem, before);
                }
                else
                {
                    tally.Changed(id, before, result.After);
                }
            }
        }

        return request.DryRun
            ? tally.DryRun($"{Change} {string.Join(", ", targets.Select(AzureAiTargets.NameOf))}")
            : tally.Outcome(Changed, AlreadySafe);
    }
}
