using System.Text.Json.Nodes;
using AiSec.Playbooks.Actions;
using AiSec.Playbooks.Incidents;
using AiSec.Shared.Admin;
using AiSec.Shared.Incidents;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace AiSec.Playbooks.Orchestration;

/// <summary>
/// Runs an automated step's action within the step's timeout and records how it ended. Durable runs an activity at
/// least once: a re-run of a step whose end is already recorded (a host killed after recording, before Durable heard)
/// returns that end instead of acting again. Transient failures throw so the orchestration retries.
/// </summary>
public sealed partial class RunStepActivity(IncidentRecorder recorder, ActionCatalog actions, ILogger<RunStepActivity> logger) : TaskActivity<StepRun, StepResult>
{
    public override async Task<StepResult> RunAsync(TaskActivityContext context, StepRun input)
    {
        var (work, approval) = (input.Work, input.Approval);
        var step = work.Step;
        var name = step.Run ?? throw new InvalidOperationException($"Step {step.Number} is automated but names no action.");
        var actor = approval?.Actor ?? PlaybookActor.For(work.IncidentId).Name;
        var incident = await recorder.GetAsync(work.IncidentId, CancellationToken.None);
        var state = incident.Steps.Single(s => s.Number == step.Number);
        if (StepStatus.IsTerminal(state.Status))
        {
            LogAlreadyRecorded(logger, work.IncidentId, step.Number, state.Status);
            return new StepResult(state.Status, state.Outcome ?? "");
        }

        await recorder.StepRunningAsync(work.IncidentId, step, CancellationToken.None);
        LogRunning(logger, work.IncidentId, step.Number, name);
        var outcome = await RunWithinTimeoutAsync(incident, work, name);
        if (outcome is null)
        {
            return await FinishAsync(work, StepStatus.TimedOut, $"{name} did not finish within {work.Timeout}", actor, approval, null);
        }

        var details = new JsonObject { ["action"] = name, ["dryRun"] = work.DryRun, ["before"] = outcome.Before?.DeepClone(), ["after"] = outcome.After?.DeepClone() };
        var status = outcome.Status switch
        {
            ActionStatus.Done => StepStatus.Done,
            ActionStatus.Skipped => StepStatus.Skipped,
            _ => StepStatus.Failed,
        };
        return await FinishAsync(work, status, outcome.Summary, actor, approval, new ActionRecord(name, details));
    }

    /// <returns>Null when the step's timeout passed first.</returns>
    private async Task<ActionOutcome?> RunWithinTimeoutAsync(Incident incident, StepWork work, string name)
    {
        using var timeout = new CancellationTokenSource(work.Timeout);
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

    private async Task<StepResult> FinishAsync(StepWork work, string status, string outcome, string actor, StepDecision? approval, ActionRecord? action)
    {
        await recorder.StepFinishedAsync(work.IncidentId, work.Step, status, outcome, actor, CancellationToken.None, approval?.Decision, action);
        return new StepResult(status, outcome);
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Incident {IncidentId} step {Step}: running {Action}")]
    private static partial void LogRunning(ILogger logger, string incidentId, int step, string action);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Incident {IncidentId} step {Step} ran again after its end was recorded ({Status}); not acting twice")]
    private static partial void LogAlreadyRecorded(ILogger logger, string incidentId, int step, string status);
}

/// <summary>The actor a playbook's own changes are recorded as.</summary>
public static class PlaybookActor
{
    public static Actor For(string incidentId) => Actor.System("playbook:" + incidentId);
}
