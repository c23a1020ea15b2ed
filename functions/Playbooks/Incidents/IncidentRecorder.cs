using System.Text.Json.Nodes;
using AiSec.Playbooks.Definitions;
using AiSec.Shared.Audit;
using AiSec.Shared.Incidents;
using AiSec.Shared.Storage;

namespace AiSec.Playbooks.Incidents;

/// <summary>
/// What a running playbook changes on its incident, step by step: step states, status (open → contained →
/// resolved), severity, escalations. Every change goes on the incident's timeline and into the <c>playbooks</c> audit
/// stream. Called by the orchestration's activities; people's changes go through <see cref="IncidentService"/>.
/// </summary>
public sealed class IncidentRecorder(AiSecStorage storage, IAuditLog audit, TimeProvider time)
{
    private readonly IncidentStore _store = new(storage, time);

    public async Task<Incident> GetAsync(string incidentId, CancellationToken cancellationToken) =>
        Incident.From(await _store.GetAsync(incidentId, cancellationToken) ?? throw new InvalidOperationException($"Incident {incidentId} does not exist."));

    /// <summary>The attack payload on record, for the actions that need it; never logged or shown in lists.</summary>
    public async Task<string?> GetPayloadAsync(string incidentId, CancellationToken cancellationToken) =>
        (await _store.GetAsync(incidentId, cancellationToken))?.Payload;

    /// <summary>An automated step's action starts: its state only (the outcome goes on the timeline when it ends).</summary>
    public async Task StepRunningAsync(string incidentId, PlaybookStep step, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await _store.UpdateAsync(incidentId, incident => UpdateStep(incident, step.Number, s => s with { Status = StepStatus.Running, StartedAt = s.StartedAt ?? now }), cancellationToken);
    }

    public async Task StepStartedAsync(
        string incidentId, PlaybookStep step, string status, DateTimeOffset? deadline, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await _store.UpdateAsync(incidentId, incident => UpdateStep(incident, step.Number, s => s with
        {
            Status = status,
            StartedAt = s.StartedAt ?? now,
            Deadline = deadline,
        }), cancellationToken);
        var message = status == StepStatus.Waiting
            ? $"step {step.Number} waits for {step.ResponsibleRole} until {deadline:u}: {step.Action}"
            : $"step {step.Number} running: {step.Action}";
        await RecordAsync(incidentId, TimelineKinds.Step, actor, message, step.Number, "step_started", status, new JsonObject { ["deadline"] = deadline }, cancellationToken);
    }

    /// <summary>
    /// Records how a step ended, as one timeline entry and one audit record (an automated step's is its action's, with
    /// before and after in <paramref name="action"/>); an incident whose containment steps all succeeded becomes contained.
    /// </summary>
    public async Task StepFinishedAsync(
        string incidentId, PlaybookStep step, string status, string outcome, string actor, CancellationToken cancellationToken,
        string? decision = null, ActionRecord? action = null)
    {
        var now = time.GetUtcNow();
        var contained = false;
        await _store.UpdateAsync(incidentId, incident =>
        {
            UpdateStep(incident, step.Number, s => s with
            {
                Status = status,
                EndedAt = now,
                Outcome = outcome,
                Decision = decision ?? s.Decision,
                DecidedBy = decision is null ? s.DecidedBy : actor,
            });
            contained = MarkContainedIfDone(incident, now);
        }, cancellationToken);
        if (action is null)
        {
            await RecordAsync(incidentId, TimelineKinds.Step, actor, $"step {step.Number} {status}: {outcome}", step.Number, "step_finished", status, null, cancellationToken);
        }
        else
        {
            await RecordAsync(incidentId, TimelineKinds.Action, actor, $"step {step.Number} {action.Name}: {status}: {outcome}", step.Number, "action_" + action.Name, status, action.Details, cancellationToken);
        }

        if (contained)
        {
            await RecordAsync(incidentId, TimelineKinds.Status, "playbook", "contained: every containment step is done", null, "incident_contained", IncidentStatus.Contained, null, cancellationToken);
        }
    }

    /// <returns>The incident's severity after the escalation.</returns>
    public async Task<string> EscalatedAsync(
        string incidentId, PlaybookStep step, string trigger, int level, string? notifiedRole, CancellationToken cancellationToken)
    {
        var raiseTo = step.Escalation?.AppliesTo(trigger) == true ? step.Escalation.RaiseSeverityTo : null;
        string severity = "";
        string before = "";
        await _store.UpdateAsync(incidentId, incident =>
        {
            before = incident.Severity;
            if (raiseTo is not null)
            {
                incident.Severity = Severity.Max(incident.Severity, raiseTo);
            }

            incident.Escalations++;
            severity = incident.Severity;
            UpdateStep(incident, step.Number, s => s with { EscalationLevel = level, Status = s.Status == StepStatus.Running ? s.Status : StepStatus.Escalated });
        }, cancellationToken);
        var message = $"step {step.Number} escalated on {trigger}" +
            (notifiedRole is null ? "" : $" to {notifiedRole}") +
            (severity != before ? $"; severity {before} → {severity}" : "");
        await RecordAsync(incidentId, TimelineKinds.Escalation, "playbook", message, step.Number, "step_escalated", trigger,
            new JsonObject { ["level"] = level, ["role"] = notifiedRole, ["severityBefore"] = before, ["severityAfter"] = severity }, cancellationToken);
        return severity;
    }

    /// <summary>The playbook ran to its end: resolved if containment held, else left open for people to finish.</summary>
    public async Task PlaybookFinishedAsync(string incidentId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var resolved = false;
        await _store.UpdateAsync(incidentId, incident =>
        {
            incident.CurrentPhase = "";
            incident.AssignedTo = "";
            if (incident.Status == IncidentStatus.Contained)
            {
                incident.Status = IncidentStatus.Resolved;
                incident.ResolvedAt = now;
                resolved = true;
            }
        }, cancellationToken);
        var message = resolved ? "resolved: the playbook ran to its end" : "the playbook ran to its end with steps that need attention";
        await RecordAsync(incidentId, TimelineKinds.Status, "playbook", message, null, "playbook_finished", resolved ? IncidentStatus.Resolved : IncidentStatus.Open, null, cancellationToken);
    }

    /// <summary>A responder rejected the detection itself: closed as a false positive.</summary>
    public async Task ClosedAsFalsePositiveAsync(string incidentId, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await _store.UpdateAsync(incidentId, incident =>
        {
            incident.Status = IncidentStatus.Closed;
            incident.ClosedAt = now;
            incident.FalsePositive = true;
            incident.CloseReason = "false positive";
            incident.AssignedTo = "";
        }, cancellationToken);
        await RecordAsync(incidentId, TimelineKinds.Status, actor, "closed as a false positive", null, "incident_closed", IncidentStatus.Closed, null, cancellationToken);
    }

    public async Task AddEvidenceAsync(string incidentId, EvidenceItem item, CancellationToken cancellationToken) =>
        await _store.UpdateAsync(incidentId, incident =>
        {
            var evidence = System.Text.Json.JsonSerializer.Deserialize<List<EvidenceItem>>(incident.Evidence, IncidentJson.Options) ?? [];
            evidence.RemoveAll(e => e.Name == item.Name);
            evidence.Add(item);
            incident.Evidence = IncidentJson.Write(evidence);
        }, cancellationToken);

    /// <summary>A timeline entry and its audit record, for what activities and notifiers do.</summary>
    public async Task RecordAsync(
        string incidentId, string kind, string actor, string message, int? step, string auditAction, string outcome, JsonObject? details,
        CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        await _store.AppendTimelineAsync(incidentId, new TimelineEntry(at, kind, actor, message, step, details?.DeepClone() as JsonObject), cancellationToken);
        var auditDetails = new JsonObject { ["message"] = message, ["step"] = step };
        if (details is not null)
        {
            auditDetails["details"] = details.DeepClone();
        }

        await audit.AppendAsync(new AuditEvent(AuditStreams.Playbooks, actor, auditAction, incidentId, outcome, auditDetails), AuditDurability.Durable, cancellationToken);
    }

    /// <summary>An audit record about something that names no incident on record (a forged approval link).</summary>
    public async Task AuditOnlyAsync(string subject, string actor, string auditAction, string outcome, string message, JsonObject? details, CancellationToken cancellationToken) =>
        await audit.AppendAsync(
            new AuditEvent(AuditStreams.Playbooks, actor, auditAction, subject, outcome, new JsonObject { ["message"] = message, ["details"] = details?.DeepClone() }),
            AuditDurability.Durable, cancellationToken);

    private static void UpdateStep(IncidentEntity incident, int number, Func<IncidentStepState, IncidentStepState> change)
    {
        var steps = IncidentJson.ReadSteps(incident).Select(s => s.Number == number ? change(s) : s).ToList();
        incident.Steps = IncidentJson.Write(steps);
        var current = steps.FirstOrDefault(s => !StepStatus.IsTerminal(s.Status));
        incident.CurrentPhase = current?.Phase ?? "";
        incident.AssignedTo = current is { Status: StepStatus.Waiting or StepStatus.Escalated } ? current.Role : "";
    }

    private static bool MarkContainedIfDone(IncidentEntity incident, DateTimeOffset now)
    {
        if (incident.Status != IncidentStatus.Open)
        {
            return false;
        }

        var containment = IncidentJson.ReadSteps(incident).Where(s => s.Phase == Phase.Containment).ToList();
        if (containment.Count == 0 || !containment.All(s => s.Status is StepStatus.Done or StepStatus.Skipped))
        {
            return false;
        }

        incident.Status = IncidentStatus.Contained;
        incident.ContainedAt = now;
        return true;
    }
}

/// <summary>What an automated step's action did, for its timeline entry and audit record.</summary>
public sealed record ActionRecord(string Name, JsonObject Details);
