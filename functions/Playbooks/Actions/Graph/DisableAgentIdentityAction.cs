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
        var ids = request.Incident.Subjects.ServicePrincipalIds;
        if (graph.SkipReason(ids, "agent identity (subjects.servicePrincipalIds)") is { } reason)
        {
            return ActionOutcome.Skipped(reason);
        }

        var tally = new ActionTally();
        foreach (var id in ids)
        {
            var (principal, refusal) = await GraphConnection.CallAsync(
                $"GET /servicePrincipals/{id}",
                () => graph.Client.ServicePrincipals[id].GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken),
                cancellationToken);
            if (refusal is not null || principal is null)
            {
                tally.Refused(id, refusal ?? "Graph returned no service principal");
                continue;
            }

            var before = State(principal, principal.AccountEnabled);
            if (principal.AccountEnabled == false)
            {
                tally.Already(id, before);
            }
            else if (request.DryRun)
            {
                tally.WouldChange(id, before);
            }
            else
            {
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
        }

        return request.DryRun
            ? tally.DryRun($"disable the service principals {string.Join(", ", ids)}")
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
