using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Notifications;
using Microsoft.DurableTask;

namespace AiSec.Playbooks.Orchestration;

/// <summary>Runs one escalation of a step: the next role in its chain is told, and the severity rises if the playbook says so.</summary>
public sealed class EscalateActivity(IncidentRecorder recorder, IncidentNotifier notifier) : TaskActivity<EscalationWork, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, EscalationWork input)
    {
        var severity = await recorder.EscalatedAsync(input.IncidentId, input.Step, input.Trigger, input.Level, input.Role, CancellationToken.None);
        if (input.Role is not null)
        {
            var why = input.Trigger switch
            {
                Definitions.EscalationTrigger.Timeout => "its deadline passed",
                Definitions.EscalationTrigger.NoticeFailed => $"the notice to {input.Step.ResponsibleRole} could not be delivered",
                _ => "it failed",
            };
            await notifier.NotifyAsync(
                new IncidentNotice(input.IncidentId, NoticeKinds.Escalation, input.Role,
                    $"Escalated (severity {severity}): step {input.Step.Number} ({input.Step.Action}) needs you, {why}.",
                    input.Step.Number, Decisions: input.Step.WaitsForPerson ? StepDecisions.AllowedFor(input.Step) : null),
                CancellationToken.None);
        }

        return severity;
    }
}
