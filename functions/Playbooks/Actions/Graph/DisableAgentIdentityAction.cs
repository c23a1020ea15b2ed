using System.Text.Json.Nodes;
using Microsoft.Graph.Models;

namespace AiSec.Playbooks.Actions.Graph;

/// <summary>
/// <c>disable_agent_identity</c>: for each service principal on the incident, Microsoft Graph <c>GET
/// /servicePrincipals/{id}</c> for the state before, then <c>PATCH {"accountEnabled": false}</c>, after which Entra issues
/// the agent no new tokens. One already disabled is left alone (done, unchanged). A dry run reads but writes nothing.
/// </summary>
public sealed class DisableAgentIdentityAction(GraphConnection graph) : IPlaybookAction
{
    private static readonly string[] Fields = ["id", "appId", "displayName", "servicePrincipalType", "accountEnabled"];

    public string Name => "disable_agent_identity";

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        if (!graph.Enabled)
        {
            return ActionOutcome.Skipped(GraphConnection.NotConfigured);
        }

        var ids = request.Incident.Subjects.ServicePrincipalIds;
        if (ids.Count == 0)
        {
            return ActionOutcome.Skipped("the incident names no agent identity (subjects.servicePrincipalIds)");
        }

        var tally = new ActionTally();
        var planned = new JsonObject();
        foreach (var id in ids)
        {
            var (principal, refusal) = await GraphConnection.CallAsync(
                $"GET /servicePrincipals/{id}",
                () => graph.Client.ServicePrincipals[id].GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken),
                cancellationToken);
            if (refusal is not null || principal is null)
            {
                refusal ??= "Graph returned no service principal";
                tally.Refused(id, refusal);
                planned[id] = new JsonObject { ["refused"] = refusal };
                continue;
            }

            var before = State(principal, principal.AccountEnabled);
            planned[id] = before.DeepClone();
            if (principal.AccountEnabled == false)
            {
                tally.Already(id, before);
                continue;
            }

            if (request.DryRun)
            {
                continue;
            }

            (_, refusal) = await GraphConnection.CallAsync(
                $"PATCH /servicePrincipals/{id}",
                () => graph.Client.ServicePrincipals[id].PatchAsync(new ServicePrincipal { AccountEnabled = false }, cancellationToken: cancellationToken),
                cancellationToken);
            if (refusal is not null)
            {
                tally.Refused(id, refusal, before);
            }
            else
            {
                tally.Changed(id, before, State(principal, accountEnabled: false));
            }
        }

        return request.DryRun
            ? ActionOutcome.WouldDo($"disable the service principals {string.Join(", ", ids)} (their state now is the record's before)", planned)
            : tally.Outcome("disabled the service principals", "already disabled");
    }

    private static JsonObject State(ServicePrincipal principal, bool? accountEnabled) => new()
    {
        ["displayName"] = principal.DisplayName,
        ["appId"] = principal.AppId,
        ["servicePrincipalType"] = principal.ServicePrincipalType,
        ["accountEnabled"] = accountEnabled,
    };
}
