using AiSec.Shared.Timers;

namespace AiSec.Risk.Assessment;

/// <summary>Re-assesses every asset on <c>Risk:Schedule</c>.</summary>
public sealed class RiskAssessmentJob(RiskAssessor assessor) : ITimerJob
{
    public string Name => "risk";

    public string ScheduleSetting => "Risk:Schedule";

    public Task RunAsync(CancellationToken cancellationToken) => assessor.AssessAllAsync(cancellationToken);
}
