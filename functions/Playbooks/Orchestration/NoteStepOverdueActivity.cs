using AiSec.Playbooks.Incidents;
using AiSec.Shared.Incidents;
using Microsoft.DurableTask;

namespace AiSec.Playbooks.Orchestration;

/// <summary>
/// A containment step whose deadlines all passed and whose escalation chain is spent: it stays escalated and still
/// waits for a decision, because containment never passes without one.
/// </summary>
public sealed class NoteStepOverdueActivity(IncidentRecorder recorder) : TaskActivity<HumanStepWork, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, HumanStepWork input)
    {
        await recorder.StepStartedAsync(input.IncidentId, input.Step, StepStatus.Escalated, deadline: null, PlaybookActor.For(input.IncidentId).Name, CancellationToken.None);
        await recorder.RecordAsync(
            input.IncidentId, TimelineKinds.Step, PlaybookActor.For(input.IncidentId).Name,
            $"step {input.Step.Number} is overdue and nobody is left to escalate to; it still waits for a decision", input.Step.Number, "step_overdue", StepStatus.Escalated, null, CancellationToken.None);
        return true;
    }
}
