using AiSec.Playbooks.Actions;
using AiSec.Playbooks.Actions.Graph;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Users.Item.CheckMemberGroups;

namespace AiSec.Playbooks.Approvals;

/// <summary>
/// Who holds a playbook role: members (direct or nested) of the role's Entra group, asked of Microsoft Graph with
/// <c>POST /users/{id}/checkMemberGroups</c> (GroupMember.Read.All) over the identity actions' connection, and
/// remembered for <c>Playbooks:Approvals:MembershipCacheDuration</c> so a burst of decisions is not throttled.
/// </summary>
public sealed class RoleDirectory(IOptions<RoleOptions> roles, IOptions<ApprovalOptions> approvals, GraphConnection graph, IMemoryCache cache)
{
    /// <summary>The role's group, or null when none is configured.</summary>
    public string? GroupOf(string role) => roles.Value.Roles.TryGetValue(role, out var group) && !string.IsNullOrWhiteSpace(group.GroupId) ? group.GroupId.Trim() : null;

    /// <exception cref="TransientActionException">Graph could not answer now (throttled past its retries, unavailable).</exception>
    public async Task<bool> IsMemberAsync(string objectId, string role, CancellationToken cancellationToken)
    {
        var group = GroupOf(role) ?? throw new InvalidOperationException($"Role {role} has no Entra group (Playbooks:Roles:{role}:GroupId).");
        var key = (nameof(RoleDirectory), objectId.ToLowerInvariant(), group);
        if (cache.TryGetValue(key, out bool known))
        {
            return known;
        }

        var (response, refusal) = await GraphConnection.CallAsync(
            $"POST /users/{objectId}/checkMemberGroups",
            () => graph.Client.Users[objectId].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(
                new CheckMemberGroupsPostRequestBody { GroupIds = [group] }, cancellationToken: cancellationToken),
            cancellationToken);
        // A 404 (no such user in the directory) is a refusal like "not a member"; either way the answer is no.
        var member = refusal is null && response?.Value?.Contains(group, StringComparer.OrdinalIgnoreCase) == true;
        cache.Set(key, member, approvals.Value.MembershipCacheDuration);
        return member;
    }
}
