using System.Text.Json.Nodes;

namespace AiSec.Playbooks.Actions.Graph;

/// <summary>
/// <c>revoke_session</c>: Microsoft Graph <c>POST /users/{id}/revokeSignInSessions</c> for each of the incident's users,
/// which invalidates their refresh tokens and session cookies so every app has to sign them in again. Revoking twice
/// leaves the same state (no session issued before the revocation is valid). Graph reports no session count, so the
/// record says when each user's sessions were revoked.
/// </summary>
public sealed class RevokeSessionAction(GraphConnection graph, TimeProvider time) : IPlaybookAction
{
    public string Name => "revoke_session";

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var users = request.Incident.Subjects.UserIds;
        if (graph.SkipReason(users, "user (subjects.userIds)") is { } reason)
        {
            return ActionOutcome.Skipped(reason);
        }

        if (request.DryRun)
        {
            return ActionOutcome.WouldDo($"revoke the sign-in sessions of {string.Join(", ", users)}");
        }

        var tally = new ActionTally();
        foreach (var user in users)
        {
            var (response, refusal) = await GraphConnection.CallAsync(
                $"POST /users/{user}/revokeSignInSessions",
                () => graph.Client.Users[user].RevokeSignInSessions.PostAsRevokeSignInSessionsPostResponseAsync(cancellationToken: cancellationToken),
                cancellationToken);
            if (refusal is not null)
            {
                tally.Refused(user, refusal);
            }
            else if (response?.Value != true)
            {
                tally.Refused(user, "Graph answered that the sessions were not revoked (value is not true)");
            }
            else
            {
                tally.Changed(user, null, new JsonObject { ["sessionsRevokedAt"] = time.GetUtcNow() });
            }
        }

        return tally.Outcome("revoked the sign-in sessions of", "already revoked");
    }
}
