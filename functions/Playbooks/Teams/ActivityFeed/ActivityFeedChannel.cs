using AiSec.Playbooks.Actions;
using AiSec.Playbooks.Actions.Graph;
using AiSec.Playbooks.Approvals;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Notifications;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Teamwork.SendActivityNotificationToRecipients;

namespace AiSec.Playbooks.Teams.ActivityFeed;

/// <summary>
/// Direct notices in the Teams activity feed of each member of the role's Entra group: Microsoft Graph
/// <c>POST /teamwork/sendActivityNotificationToRecipients</c> (TeamsActivity.Send) with the activity type the product's
/// Teams app declares (<c>infra/teams/manifest.json</c>), linking to the approval page. Members come from
/// <c>GET /groups/{id}/transitiveMembers/microsoft.graph.user</c> (GroupMember.Read.All), first 100. Like the webhook
/// channel, the whole delivery is bounded by <c>Playbooks:Teams:DeliveryTimeout</c>: a throttled Graph never holds a step.
/// </summary>
public sealed class ActivityFeedChannel(GraphConnection graph, RoleDirectory roles, IncidentRecorder incidents, ApprovalService approvals, IOptions<TeamsOptions> options,
    IOptions<ApprovalOptions> approvalOptions)
    : INoticeChannel
{
    /// <summary>The activity type declared in the Teams app manifest; its template names the parameters sent.</summary>
    public const string ActivityType = "incidentNotice";

    public string Name => "teams-activity";

    public async Task<NoticeDelivery> SendAsync(IncidentNotice notice, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.DeliveryTimeout);
        try
        {
            return await DeliverAsync(notice, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new NoticeDelivery(Name, NoticeOutcomes.Failed, $"Microsoft Graph did not answer within {options.Value.DeliveryTimeout}");
        }
    }

    private async Task<NoticeDelivery> DeliverAsync(IncidentNotice notice, CancellationToken cancellationToken)
    {
        if (graph.SkipReason(["graph"], "") is { } off)
        {
            return new NoticeDelivery(Name, NoticeOutcomes.NotConfigured, off);
        }

        if (roles.GroupOf(notice.Role) is not { } group)
        {
            return new NoticeDelivery(Name, NoticeOutcomes.NotConfigured, $"{notice.Role} has no Entra group (Playbooks:Roles:{notice.Role}:GroupId)");
        }

        try
        {
            var (members, refused) = await GraphConnection.CallAsync(
                $"GET /groups/{group}/transitiveMembers/microsoft.graph.user",
                () => graph.Client.Groups[group].TransitiveMembers.GraphUser.GetAsync(r =>
                {
                    r.QueryParameters.Select = ["id"];
                    r.QueryParameters.Top = 100;
                }, cancellationToken),
                cancellationToken);
            var recipients = members?.Value?.Where(u => u.Id is not null).Select(u => (TeamworkNotificationRecipient)new AadUserNotificationRecipient { UserId = u.Id }).ToList() ?? [];
            if (refused is not null || recipients.Count == 0)
            {
                return new NoticeDelivery(Name, NoticeOutcomes.Failed, refused ?? $"the {notice.Role} group has no members to tell");
            }

            var incident = await incidents.GetAsync(notice.IncidentId, cancellationToken);
            var link = await approvals.IssueLinkAsync(notice, incident, cancellationToken)
                // A notice that asks for no decision links to the incident (behind the same sign-in): <base>/../incidents/{id}.
                ?? new Uri(approvalOptions.Value.BaseUrl, $"incidents/{incident.Id}");
            var (_, refusal) = await GraphConnection.CallAsync(
                "POST /teamwork/sendActivityNotificationToRecipients",
                async () =>
                {
                    await graph.Client.Teamwork.SendActivityNotificationToRecipients.PostAsync(new SendActivityNotificationToRecipientsPostRequestBody
                    {
                        Topic = new TeamworkActivityTopic { Source = TeamworkActivityTopicSource.Text, Value = $"{incident.Severity.ToUpperInvariant()} {incident.Id}", WebUrl = link.ToString() },
                        ActivityType = ActivityType,
                        PreviewText = new ItemBody { Content = notice.Message.Length <= 150 ? notice.Message : notice.Message[..149] + "…" },
                        TemplateParameters = [new Microsoft.Graph.Models.KeyValuePair { Name = "incident", Value = incident.Id }, new Microsoft.Graph.Models.KeyValuePair { Name = "role", Value = notice.Role }],
                        Recipients = recipients,
                        TeamsAppId = options.Value.Graph.TeamsAppId,
                    }, cancellationToken: cancellationToken);
                    return true;
                },
                cancellationToken);
            return refusal is null
                ? new NoticeDelivery(Name, NoticeOutcomes.Sent, $"activity feed of {recipients.Count} member(s) of the {notice.Role} group")
                : new NoticeDelivery(Name, NoticeOutcomes.Failed, refusal);
        }
        catch (TransientActionException ex)
        {
            return new NoticeDelivery(Name, NoticeOutcomes.Failed, ex.Message);
        }
    }
}
