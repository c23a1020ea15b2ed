using AiSec.Playbooks.Definitions;
using AiSec.Shared.Incidents;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace AiSec.Playbooks.Orchestration;

/// <summary>
/// One incident's playbook, step by step. Automated steps run their action as an activity with retries, bounded by
/// the step's timeout; human steps (and automated ones that need approval) wait for a person's decision raced with a
/// durable timer, escalating along the step's chain at each missed deadline (or, for a step without one, along the
/// playbook's chain for the incident's severity, each role at its own minutes). A failed or timed-out step escalates;
/// it never silently passes. Deterministic: no I/O, clock or GUID here — everything with an effect is an activity.
/// </summary>
public sealed partial class IncidentOrchestrator : TaskOrchestrator<IncidentRun, IncidentOutcome>
{
    public override async Task<IncidentOutcome> RunAsync(TaskOrchestrationContext context, IncidentRun input)
    {
        var logger = context.CreateReplaySafeLogger<IncidentOrchestrator>();
        var severity = input.Severity;
        if (input.Playbook.NotificationRequirements.Any(r => r.AppliesTo(severity)))
        {
            await context.CallActivityAsync(nameof(AnnounceIncidentActivity), input);
        }

        foreach (var step in input.Playbook.Steps)
        {
            var work = new StepWork(input.IncidentId, step, severity, input.TimeScale, input.DryRun);
            var (nextSeverity, closed) = step.WaitsForPerson
                ? await RunHumanStepAsync(context, work, input.Playbook.SeverityChainFor(step, severity), logger)
                : await RunAutomatedStepAsync(context, work, approval: null);
            severity = nextSeverity;
            if (closed)
            {
                LogClosedEarly(logger, input.IncidentId, step.Number);
                return new IncidentOutcome(input.IncidentId, "closed", severity);
            }
        }

        await context.CallActivityAsync(nameof(FinishIncidentActivity), input.IncidentId);
        return new IncidentOutcome(input.IncidentId, "finished", severity);
    }

    private static async Task<(string Severity, bool Closed)> RunAutomatedStepAsync(TaskOrchestrationContext context, StepWork work, StepDecision? approval)
    {
        StepResult result;
        try
        {
            result = await context.CallActivityAsync<StepResult>(nameof(RunStepActivity), new StepRun(work, approval), RetryOptions(work));
        }
        catch (TaskFailedException ex)
        {
            // Retries are spent: the action failed for good. Say so on the incident, then escalate.
            result = new StepResult(StepStatus.Failed, ex.FailureDetails.ErrorMessage);
            await context.CallActivityAsync(nameof(FinishStepActivity), new StepEnd(work.IncidentId, work.Step, result.Status, result.Outcome, approval));
        }

        var severity = result.Status switch
        {
            StepStatus.Failed => await EscalateAsync(context, work, EscalationTrigger.Failure, level: 1),
            StepStatus.TimedOut => await EscalateAsync(context, work, EscalationTrigger.Timeout, level: 1),
            _ => work.Severity,
        };
        return (severity, false);
    }

    /// <param name="severityChain">The playbook's chain for the incident's severity, when the step has no timeout escalation of its own.</param>
    private static async Task<(string Severity, bool Closed)> RunHumanStepAsync(
        TaskOrchestrationContext context, StepWork work, IReadOnlyList<SeverityEscalationLevel>? severityChain, ILogger logger)
    {
        var step = work.Step;
        var severity = work.Severity;
        var started = context.CurrentUtcDateTime;
        var deadline = started + work.Timeout;
        var told = await context.CallActivityAsync<bool>(nameof(StartHumanStepActivity), new HumanStepWork(work.IncidentId, step, deadline, Level: 0));
        var level = 0;
        var firstRole = severityChain is not null ? severityChain[0].Role : step.Escalation is { Notify.Count: > 0 } own ? own.Notify[0] : null;
        if (!told && firstRole is not null)
        {
            // Nobody heard of the step (Teams down after retries): tell the chain's first role now, and go on waiting.
            level = 1;
            await context.CallActivityAsync<string>(nameof(EscalateActivity), new EscalationWork(work.IncidentId, step, EscalationTrigger.NoticeFailed, level, firstRole));
        }

        if (severityChain is not null)
        {
            deadline = NextInChain(severityChain, level, started, work, context.CurrentUtcDateTime);
        }

        var timed = true;
        while (true)
        {
            using var cancel = new CancellationTokenSource();
            var decision = context.WaitForExternalEvent<StepDecision>(IncidentEvents.Decision, cancel.Token);
            if (timed)
            {
                await Task.WhenAny(decision, context.CreateTimer(deadline, cancel.Token));
            }
            else
            {
                await decision;
            }

            // Cancelled synchronously, so that neither the losing timer nor a stale event waiter lingers.
            cancel.Cancel();
            if (decision.IsCompletedSuccessfully)
            {
                var made = decision.Result;
                if (made.Step != step.Number || !StepDecisions.AllowedFor(step).Contains(made.Decision))
                {
                    LogDecisionIgnored(logger, work.IncidentId, made.Step, step.Number);
                    continue;
                }

                return await ApplyDecisionAsync(context, work with { Severity = severity }, made);
            }

            level++;
            if (severityChain is not null && level <= severityChain.Count)
            {
                // A severity chain's roles are told at their own minutes; after the last, the step gets one more timeout.
                severity = await context.CallActivityAsync<string>(nameof(EscalateActivity),
                    new EscalationWork(work.IncidentId, step, EscalationTrigger.Timeout, level, severityChain[level - 1].Role));
                deadline = NextInChain(severityChain, level, started, work, context.CurrentUtcDateTime);
                continue;
            }

            var escalation = step.Escalation;
            if (escalation is not null && escalation.AppliesTo(EscalationTrigger.Timeout) && level <= Math.Max(1, escalation.Notify.Count))
            {
                severity = await EscalateAsync(context, work, EscalationTrigger.Timeout, level);
                deadline = context.CurrentUtcDateTime + work.Timeout;
                continue;
            }

            // Nobody is left to escalate to. A containment step keeps waiting for a decision; any other is left behind.
            if (step.Phase == Phase.Containment)
            {
                await context.CallActivityAsync(nameof(NoteStepOverdueActivity), new HumanStepWork(work.IncidentId, step, deadline, level));
                timed = false;
                continue;
            }

            await context.CallActivityAsync(nameof(FinishStepActivity), new StepEnd(work.IncidentId, step, StepStatus.TimedOut, "no decision by the deadline and nobody left to escalate to"));
            return (severity, false);
        }
    }

    /// <summary>When the next role of a severity chain is due, <paramref name="level"/> links in; past its end, one step timeout from now.</summary>
    private static DateTime NextInChain(IReadOnlyList<SeverityEscalationLevel> chain, int level, DateTime started, StepWork work, DateTime now) =>
        level < chain.Count ? started + PlaybookClock.Scale(chain[level].AfterMinutes, work.TimeScale) : now + work.Timeout;

    private static async Task<(string Severity, bool Closed)> ApplyDecisionAsync(TaskOrchestrationContext context, StepWork work, StepDecision decision)
    {
        if (decision.Decision == StepDecisions.Reject)
        {
            var close = work.Step.OnReject == RejectOutcome.Close;
            var outcome = $"rejected by {decision.Actor}" + (string.IsNullOrWhiteSpace(decision.Comment) ? "" : $": {decision.Comment}");
            await context.CallActivityAsync(nameof(FinishStepActivity), new StepEnd(work.IncidentId, work.Step, StepStatus.Skipped, outcome, decision));
            if (close)
            {
                await context.CallActivityAsync(nameof(CloseOnRejectionActivity), new StepEnd(work.IncidentId, work.Step, StepStatus.Skipped, outcome, decision));
            }

            return (work.Severity, close);
        }

        if (work.Step.Automated)
        {
            return await RunAutomatedStepAsync(context, work, decision);
        }

        var done = $"{decision.Decision} by {decision.Actor}" + (string.IsNullOrWhiteSpace(decision.Comment) ? "" : $": {decision.Comment}");
        await context.CallActivityAsync(nameof(FinishStepActivity), new StepEnd(work.IncidentId, work.Step, StepStatus.Done, done, decision));
        return (work.Severity, false);
    }

    private static async Task<string> EscalateAsync(TaskOrchestrationContext context, StepWork work, string trigger, int level)
    {
        var escalation = work.Step.Escalation;
        if (escalation is null || !escalation.AppliesTo(trigger))
        {
            return work.Severity;
        }

        var role = escalation.Notify.Count == 0 ? null : escalation.Notify[Math.Min(level, escalation.Notify.Count) - 1];
        return await context.CallActivityAsync<string>(nameof(EscalateActivity), new EscalationWork(work.IncidentId, work.Step, trigger, level, role));
    }

    /// <summary>
    /// Transient failures (throttling, a dropped connection) are retried with backoff; the retries together stay within
    /// the step's timeout, after which the step has failed.
    /// </summary>
    private static TaskOptions RetryOptions(StepWork work) =>
        TaskOptions.FromRetryPolicy(new RetryPolicy(
            maxNumberOfAttempts: 4,
            firstRetryInterval: TimeSpan.FromSeconds(Math.Min(5, Math.Max(1, work.Timeout.TotalSeconds / 20))),
            backoffCoefficient: 2,
            maxRetryInterval: TimeSpan.FromMinutes(1),
            retryTimeout: work.Timeout));

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Incident {IncidentId} closed at step {Step}")]
    private static partial void LogClosedEarly(ILogger logger, string incidentId, int step);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Incident {IncidentId}: a decision for step {DecisionStep} arrived while step {WaitingStep} waits; ignored")]
    private static partial void LogDecisionIgnored(ILogger logger, string incidentId, int decisionStep, int waitingStep);
}

/// <summary>An automated step to run, with the approval that let it run (approval-gated steps).</summary>
public sealed record StepRun(StepWork Work, StepDecision? Approval);
