using AiSec.Playbooks.Incidents;
using Microsoft.DurableTask;

namespace AiSec.Playbooks.Orchestration;

/// <summary>Records how a step ended when no action recorded it: a person's decision, a failure after retries, a missed deadline.</summary>
public sealed class FinishStepActivity(IncidentRecorder recorder) : TaskActivity<StepEnd, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StepEnd input)
    {
        var actor = input.Decision?.Actor ?? PlaybookActor.For(input.IncidentId).Name;
        await recorder.StepFinishedAsync(input.IncidentId, input.Step, input.Status, input.Outcome, actor, CancellationToken.None, input.Decision?.Decision);
        return true;
    }
}
