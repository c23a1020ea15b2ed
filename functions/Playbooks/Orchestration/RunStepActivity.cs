using System.Text.Json.Nodes;
using AiSec.Playbooks.Actions;
using AiSec.Playbooks.Incidents;
using AiSec.Shared.Admin;
using AiSec.Shared.Incidents;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace AiSec.Playbooks.Orchestration;

/// <summary>
/// Runs an automated step's action within the step's timeout and records how it ended. Re-runs after a crash are
/// answered from the <see cref="ActionLedger"/>; transient failures throw so the orchestration retries.
/// </summary>
public sealed partial class RunStepActivity(
    IncidentRecorder recorder, ActionCatalog actions, ActionLedger ledger, ILogger<RunStepActivity> logger) : TaskActivity<StepRun, StepResult>
{
    public override async Task<StepResult> RunAsync(TaskActivityContext context, StepRun input)
    {
        var (work, approval) = (input.Work, input.Approval);
        var step = work.Step;
        var name = step.Run ?? throw new InvalidOperationException($"Step {step.Number} is automated but names no action.");
        var actor = approval?.Actor ?? PlaybookActor.For(work.IncidentId).Name;
        var outcome = await ledger.FindAsync(work.IncidentId, step.Number, CancellationToken.None);
        if (outcome is null)
        {
            await recorder.StepStartedAsync(work.IncidentId, step, StepStatus.Running, deadline: null, actor, CancellationToken.None);
            var attempt = await ledger.StartAsync(work.IncidentId, step.Number, name, CancellationToken.None);
            LogRunning(logger, work.IncidentId, step.Number, name, attempt);
            outcome = await RunWithinTimeoutAsync(work, name);
            if (outcome is null)
            {
                return await FinishAsync(work, StepStatus.TimedOut, $"{name} did not finish within {work.Timeout}", actor, approval, null);
            }

            await ledger.CompleteAsync(work.IncidentId, step.Number, outcome, CancellationToken.None);
        }

        var details = new JsonObject { ["action"] = name, ["dryRun"] = work.DryRun, ["before"] = outcome.Before?.DeepClone(), ["after"] = outcome.After?.DeepClone() };
        await recorder.RecordAsync(work.IncidentId, TimelineKinds.Action, actor, $"{name}: {outcome.Status}: {outcome.Summary}", step.Number, "action_" + name, outcome.Status, details, CancellationToken.None);
        var status = outcome.Status switch
        {
            ActionStatus.Done => StepStatus.Done,
            ActionStatus.Skipped => StepStatus.Skipped,
            _ => StepStatus.Failed,
        };
        return await FinishAsync(work, status, outcome.Summary, actor, approval, details);
    }

    /// <returns>Null when the step's timeout passed first.</returns>
    private async Task<ActionOutcome?> RunWithinTimeoutAsync(StepWork work, string name)
    {
        using var timeout = new CancellationTokenSource(work.Timeout);
        var incident = await recorder.GetAsync(work.IncidentId, timeout.Token);
        var request = new ActionRequest(incident, work.Step, PlaybookActor.For(work.IncidentId), work.DryRun, work.Timeout);
        try
        {
            return await actions.Get(name).RunAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return null;
        }
        catch (InvalidInputException ex)
        {
            // The target refused what we asked (a validation error): asking again will not help, so no retry.
            return ActionOutcome.Failed(ex.Message);
        }
    }

    private async Task<StepResult> FinishAsync(StepWork work, string status, string outcome, string actor, StepDecision? approval, JsonObject? details)
    {
        await recorder.StepFinishedAsync(work.IncidentId, work.Step, status, outcome, actor, CancellationToken.None, approval?.Decision, details);
        return new StepResult(status, outcome);
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Incident {IncidentId} step {Step}: running {Action} (attempt {Attempt})")]
    private static partial void LogRunning(ILogger logger, string incidentId, int step, string action, int attempt);
}

/// <summary>The actor a playbook's own changes are recorded as.</summary>
public static class PlaybookActor
{
    public static Actor For(string incidentId) => Actor.System("playbook:" + incidentId);
}
