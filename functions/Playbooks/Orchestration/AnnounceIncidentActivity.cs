using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Notifications;
using Microsoft.DurableTask;

namespace AiSec.Playbooks.Orchestration;

/// <summary>
/// The playbook's notification requirements that apply at the incident's severity ("CISO within 2 hours for
/// SEV1/SEV2"): each role is told at once, with the deadline the requirement sets from detection.
/// </summary>
public sealed class AnnounceIncidentActivity(IncidentRecorder recorder, IncidentNotifier notifier) : TaskActivity<IncidentRun, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, IncidentRun input)
    {
        var incident = await recorder.GetAsync(input.IncidentId, CancellationToken.None);
        var sent = 0;
        foreach (var requirement in input.Playbook.NotificationRequirements.Where(r => r.AppliesTo(input.Severity)))
        {
            var deadline = incident.DetectedAt + PlaybookClock.Scale(requirement.WithinMinutes, input.TimeScale);
            var condition = requirement.Condition is null ? "" : $" ({requirement.Condition})";
            await notifier.NotifyAsync(
                new IncidentNotice(input.IncidentId, NoticeKinds.Requirement, requirement.Role,
                    $"{input.Severity.ToUpperInvariant()} {incident.Category}: {incident.Title}. Required notice{condition}.", Deadline: deadline),
                CancellationToken.None);
            sent++;
        }

        return sent;
    }
}
