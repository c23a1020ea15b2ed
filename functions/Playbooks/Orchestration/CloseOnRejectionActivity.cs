using AiSec.Playbooks.Incidents;
using Microsoft.DurableTask;

namespace AiSec.Playbooks.Orchestration;

/// <summary>A rejection that ends the incident (a detection judged a false positive): closed, with who decided.</summary>
public sealed class CloseOnRejectionActivity(IncidentRecorder recorder) : TaskActivity<StepEnd, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StepEnd input)
    {
        await recorder.ClosedAsFalsePositiveAsync(input.IncidentId, input.Decision?.Actor ?? PlaybookActor.For(input.IncidentId).Name, CancellationToken.None);
        return true;
    }
}
