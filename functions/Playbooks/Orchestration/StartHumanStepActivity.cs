using AiSec.Playbooks.Definitions;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Notifications;
using AiSec.Shared.Incidents;
using Microsoft.DurableTask;

namespace AiSec.Playbooks.Orchestration;

/// <summary>
/// A step now waits for a person: assigned to its role with a deadline, and the role is told. Answers whether the
/// notice reached anyone; when every channel failed, the orchestration escalates at once rather than wait out a
/// deadline nobody knows about.
/// </summary>
public sealed class StartHumanStepActivity(IncidentRecorder recorder, IncidentNotifier notifier) : TaskActivity<HumanStepWork, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, HumanStepWork input)
    {
        var step = input.Step;
        var deadline = new DateTimeOffset(DateTime.SpecifyKind(input.Deadline, DateTimeKind.Utc));
        await recorder.StepStartedAsync(input.IncidentId, step, StepStatus.Waiting, deadline, PlaybookActor.For(input.IncidentId).Name, CancellationToken.None);
        var what = step.Automated ? $"approve or reject: {step.Action} ({step.Run})" : step.Action;
        var deliveries = await notifier.NotifyAsync(
            new IncidentNotice(input.IncidentId, NoticeKinds.StepAssigned, step.ResponsibleRole, $"Step {step.Number} ({step.Phase}): {what}", step.Number, deadline, StepDecisions.AllowedFor(step)),
            CancellationToken.None);
        return IncidentNotifier.ReachedAnyone(deliveries);
    }
}
