using AiSec.Playbooks.Incidents;
using Microsoft.DurableTask;

namespace AiSec.Playbooks.Orchestration;

/// <summary>The playbook's last step is behind it: resolved if containment held.</summary>
public sealed class FinishIncidentActivity(IncidentRecorder recorder) : TaskActivity<string, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, string input)
    {
        await recorder.PlaybookFinishedAsync(input, CancellationToken.None);
        return true;
    }
}
