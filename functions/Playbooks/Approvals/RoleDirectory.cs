using AiSec.Playbooks.Actions;
using AiSec.Playbooks.Actions.Graph;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Users.Item.CheckMemberGroups;
using Microsoft.Kiota.Abstractions;

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

    /// <exception cref="MembershipUnavailableException">Graph could not answer: throttled past its retries, unavailable, or refusing the product.</exception>
    public async Task<bool> IsMemberAsync(string objectId, string role, CancellationToken cancellationToken)
    {
        var group = GroupOf(role) ?? throw new InvalidOperationException($"Role {role} has no Entra group (Playbooks:Roles:{role}:GroupId).");
        var key = (nameof(RoleDirectory), objectId.ToLowerInvariant(), group);
        if (cache.TryGetValue(key, out bool known))
        {
            return known;
        }

        var call = $"POST /users/{objectId}/checkMemberGroups";
        CheckMemberGroupsPostResponse? response;
        string? refusal;
        try
        {
            (response, refusal) = await GraphConnection.CallAsync(call, () => CheckAsync(objectId, group, cancellationToken), cancellationToken);
        }
        catch (TransientActionException ex)
        {
            throw new MembershipUnavailableException(ex.Message, ex);
        }

        if (refusal is not null)
        {
            // A 403 (GroupMember.Read.All not granted) or a 400 says nothing about the person: saying "not a member" would
            // blame them for the product's configuration, and caching it would keep refusing after the fix.
            throw new MembershipUnavailableException($"Microsoft Graph refused {call}: {refusal}");
        }

        var member = response?.Value?.Contains(group, StringComparer.OrdinalIgnoreCase) == true;
        cache.Set(key, member, approvals.Value.MembershipCacheDuration);
        return member;
    }

    /// <returns>Null when the directory has no such user, who is then a member of nothing.</returns>
    private async Task<CheckMemberGroupsPostResponse?> CheckAsync(string objectId, string group, CancellationToken cancellationToken)
    {
        try
        {
            return await graph.Client.Users[objectId].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(
                new CheckMemberGroupsPostRequestBody { GroupIds = [group] }, cancellationToken: cancellationToken);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }
}
