using System.Text.Json.Nodes;
using AiSec.Playbooks.Definitions;
using AiSec.Playbooks.Orchestration;
using AiSec.Shared.Admin;
using AiSec.Shared.Assets;
using AiSec.Shared.Incidents;
using AiSec.Shared.Storage;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Incidents;

/// <summary>
/// The one way people and signals change incidents: open (validated, deduplicated, idempotent), decide a waiting
/// step, close. Each change is audited and put on the timeline; the incident's orchestration is started or signalled
/// through the Durable Task client the host provides (the local sidecar's, or Durable Functions').
/// </summary>
public sealed class IncidentService(
    AiSecStorage storage,
    AssetStore assets,
    PlaybookCatalog playbooks,
    IncidentRecorder recorder,
    IOptions<PlaybooksOptions> options,
    TimeProvider time)
{
    private readonly IncidentStore _store = new(storage, time);

    /// <exception cref="InvalidInputException">A field cannot be used (unknown category, severity or asset, too long …).</exception>
    public async Task<OpenIncidentResult> OpenAsync(OpenIncidentRequest request, Actor actor, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var valid = await ValidateAsync(request, cancellationToken);
        var id = request.SignalId is { Length: > 0 } signalId ? IncidentIds.ForSignal(signalId, now) : IncidentIds.New(now);
        if (await _store.GetAsync(id, cancellationToken) is { } redelivered)
        {
            // The same signal again: make sure its orchestration runs (a crash may have come between), change nothing else.
            if (redelivered.Status != IncidentStatus.Closed && await durable.GetInstanceAsync(redelivered.RowKey, cancellationToken) is null)
            {
                await StartOrchestrationAsync(redelivered, request.DryRun, durable, cancellationToken);
            }

            return new OpenIncidentResult(Incident.From(redelivered), Joined: false, Existing: true);
        }

        var subject = DedupeSubject(valid);
        if (subject is null)
        {
            // Nothing says which asset or whom it is about, so nothing says it is the same incident: a new one.
            return await OpenNewAsync(id, valid, actor, now, durable, cancellationToken);
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var claim = await _store.GetDedupeAsync(valid.Category, subject, cancellationToken);
            if (claim is not null && await JoinableAsync(claim.IncidentId, now, cancellationToken) is { } open)
            {
                return new OpenIncidentResult(await JoinAsync(open, valid, actor, cancellationToken), Joined: true, Existing: false);
            }

            if (await _store.TryClaimDedupeAsync(valid.Category, subject, id, claim, cancellationToken))
            {
                return await OpenNewAsync(id, valid, actor, now, durable, cancellationToken);
            }
        }

        throw new InvalidOperationException($"Could not open an incident for {valid.Category} / {subject}: the dedupe record kept changing.");
    }

    private async Task<OpenIncidentResult> OpenNewAsync(
        string id, OpenIncidentRequest request, Actor actor, DateTimeOffset now, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var created = await CreateAsync(id, request, actor, now, cancellationToken);
        await StartOrchestrationAsync(created, request.DryRun, durable, cancellationToken);
        return new OpenIncidentResult(Incident.From(created), Joined: false, Existing: false);
    }

    public async Task<IReadOnlyList<Incident>> ListAsync(string? status, CancellationToken cancellationToken)
    {
        if (status is not null && !IncidentStatus.All.Contains(status, StringComparer.Ordinal))
        {
            throw new InvalidInputException("status", $"'{status}' is not one of {string.Join(", ", IncidentStatus.All)}");
        }

        return [.. (await _store.ListAsync(status, cancellationToken)).Select(Incident.From).OrderByDescending(i => i.DetectedAt)];
    }

    /// <returns>Null when there is no such incident.</returns>
    public async Task<Incident?> GetAsync(string id, CancellationToken cancellationToken) =>
        IncidentIds.IsWellFormed(id) && await _store.GetAsync(IncidentIds.Normalize(id), cancellationToken) is { } entity ? Incident.From(entity) : null;

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string id, CancellationToken cancellationToken)
    {
        var incident = await RequireAsync(id, cancellationToken);
        return await _store.ReadTimelineAsync(incident.Id, cancellationToken);
    }

    /// <summary>
    /// A person's decision on a waiting step (approve, reject, done), raised to the orchestration. A step that is not
    /// waiting, or a decision the step does not take, is refused.
    /// </summary>
    public async Task<Incident> DecideAsync(string id, int step, string decision, Actor actor, string? comment, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var incident = await RequireAsync(id, cancellationToken);
        if (incident.Status == IncidentStatus.Closed)
        {
            throw new InvalidInputException("id", $"incident {incident.Id} is closed");
        }

        var state = incident.Steps.FirstOrDefault(s => s.Number == step)
            ?? throw new InvalidInputException("step", $"incident {incident.Id} has steps 1 to {incident.Steps.Count}, not {step}");
        if (state.Status is not (StepStatus.Waiting or StepStatus.Escalated or StepStatus.TimedOut) || state.Deadline is null && state.Status != StepStatus.TimedOut)
        {
            throw new InvalidInputException("step", $"step {step} of {incident.Id} is not waiting for a decision (it is {state.Status})");
        }

        var definition = playbooks.Get(incident.Category).Playbook.Steps.First(s => s.Number == step);
        if (!StepDecisions.AllowedFor(definition).Contains(decision, StringComparer.Ordinal))
        {
            throw new InvalidInputException("decision", $"step {step} takes {string.Join(" or ", StepDecisions.AllowedFor(definition))}, not '{decision}'");
        }

        var clean = comment is null ? null : comment.Length <= 2_000 ? comment.Trim() : throw new InvalidInputException("comment", "must be at most 2,000 characters");
        await recorder.RecordAsync(incident.Id, TimelineKinds.Decision, actor.Name, $"{decision} on step {step}" + (string.IsNullOrEmpty(clean) ? "" : $": {clean}"),
            step, "step_decision", decision, new JsonObject { ["comment"] = clean }, cancellationToken);
        await durable.RaiseEventAsync(incident.Id, IncidentEvents.Decision, new StepDecision(step, decision, actor.Name, clean), cancellationToken);
        return incident;
    }

    /// <summary>
    /// One approver's vote on a step that needs a quorum (a SEV1 containment step), before the quorum is reached: on the
    /// timeline and audited, nothing raised to the orchestration yet.
    /// </summary>
    public async Task RecordVoteAsync(string id, int step, string decision, Actor actor, string? comment, int votes, int needed, CancellationToken cancellationToken) =>
        await recorder.RecordAsync(IncidentIds.Normalize(id), TimelineKinds.Decision, actor.Name,
            $"vote {decision} on step {step} ({votes} of {needed})" + (string.IsNullOrEmpty(comment) ? "" : $": {comment}"),
            step, "step_vote", decision, new JsonObject { ["comment"] = comment, ["votes"] = votes, ["needed"] = needed }, cancellationToken);

    /// <summary>
    /// A refused use of an approval link (expired, tampered, replayed, wrong step, not a member …): audited, and on the
    /// incident's timeline when the link named one that exists.
    /// </summary>
    public async Task RecordApprovalRefusalAsync(string? id, int? step, string actor, string reason, string message, JsonObject details, CancellationToken cancellationToken)
    {
        var text = $"approval refused ({reason}): {message}";
        if (id is not null && await GetAsync(id, cancellationToken) is { } incident)
        {
            await recorder.RecordAsync(incident.Id, TimelineKinds.Decision, actor, text, step, "approval_refused", reason, details, cancellationToken);
            return;
        }

        await recorder.AuditOnlyAsync(id ?? "(unknown)", actor, "approval_refused", reason, text, details, cancellationToken);
    }

    /// <summary>Closes the incident whatever its state, and stops its playbook if it still runs.</summary>
    public async Task<Incident> CloseAsync(string id, string reason, Actor actor, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var incident = await RequireAsync(id, cancellationToken);
        var why = string.IsNullOrWhiteSpace(reason) ? throw new InvalidInputException("reason", "is required") : reason.Trim();
        if (why.Length > 1_000)
        {
            throw new InvalidInputException("reason", "must be at most 1,000 characters");
        }

        if (incident.Status == IncidentStatus.Closed)
        {
            throw new InvalidInputException("id", $"incident {incident.Id} is already closed");
        }

        var now = time.GetUtcNow();
        var closed = await _store.UpdateAsync(incident.Id, e =>
        {
            e.Status = IncidentStatus.Closed;
            e.ClosedAt = now;
            e.CloseReason = why;
            e.AssignedTo = "";
        }, cancellationToken);
        await recorder.RecordAsync(incident.Id, TimelineKinds.Status, actor.Name, $"closed: {why}", null, "incident_closed", IncidentStatus.Closed, null, cancellationToken);
        var state = await durable.GetInstanceAsync(incident.Id, cancellationToken);
        if (state is { IsRunning: true } || state?.RuntimeStatus == OrchestrationRuntimeStatus.Pending)
        {
            await durable.TerminateInstanceAsync(incident.Id, new TerminateInstanceOptions { Output = $"closed by {actor.Name}: {why}" }, cancellationToken);
        }

        return Incident.From(closed);
    }

    private async Task<Incident> RequireAsync(string id, CancellationToken cancellationToken) =>
        await GetAsync(id, cancellationToken) ?? throw new InvalidInputException("id", $"no incident '{id}'");

    private async Task<OpenIncidentRequest> ValidateAsync(OpenIncidentRequest request, CancellationToken cancellationToken)
    {
        var category = request.Category?.Trim().ToLowerInvariant() ?? "";
        if (!IncidentCategory.IsKnown(category))
        {
            throw new InvalidInputException("category", $"'{request.Category}' is not one of {string.Join(", ", IncidentCategory.All)}");
        }

        var severity = request.Severity is null ? playbooks.Get(category).Playbook.DefaultSeverity
            : Severity.Parse(request.Severity) ?? throw new InvalidInputException("severity", $"'{request.Severity}' is not one of {string.Join(", ", Severity.All)}");
        var title = request.Title?.Trim() ?? "";
        if (title.Length is 0 or > OpenIncidentRequest.MaxTitleLength)
        {
            throw new InvalidInputException("title", $"is required, at most {OpenIncidentRequest.MaxTitleLength} characters");
        }

        if (request.Description is { Length: > OpenIncidentRequest.MaxDescriptionLength })
        {
            throw new InvalidInputException("description", $"must be at most {OpenIncidentRequest.MaxDescriptionLength} characters");
        }

        if (request.Payload is { Length: > OpenIncidentRequest.MaxPayloadLength })
        {
            throw new InvalidInputException("payload", $"must be at most {OpenIncidentRequest.MaxPayloadLength} characters");
        }

        if (request.SignalId is { Length: > 200 })
        {
            throw new InvalidInputException("signalId", "must be at most 200 characters");
        }

        var registered = new List<string>();
        foreach (var assetId in request.AffectedAssets.Distinct(StringComparer.Ordinal))
        {
            var asset = await assets.FindAsync(assetId, cancellationToken)
                ?? throw new InvalidInputException("asset", $"'{assetId}' is not in the asset registry (aisec assets list)");
            registered.Add(asset.Id);
        }

        return request with { Category = category, Severity = severity, Title = title, AffectedAssets = registered, Payload = string.IsNullOrEmpty(request.Payload) ? null : request.Payload };
    }

    /// <summary>What "the same asset" means for dedupe: the affected assets, else who or what the signal was about; null when neither is known.</summary>
    private static string? DedupeSubject(OpenIncidentRequest request) =>
        request.AffectedAssets.Count > 0 ? string.Join('|', request.AffectedAssets.Order(StringComparer.Ordinal))
        : string.Join('|', request.Subjects.ApiKeyIds.Concat(request.Subjects.Apps).Concat(request.Subjects.UserIds).Concat(request.Subjects.ServicePrincipalIds).Order(StringComparer.Ordinal)) is { Length: > 0 } who ? who
        : null;

    private async Task<IncidentEntity?> JoinableAsync(string incidentId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await _store.GetAsync(incidentId, cancellationToken) is { } open && open.Status != IncidentStatus.Closed
            && now - open.DetectedAt <= options.Value.DedupeWindow ? open : null;

    private async Task<Incident> JoinAsync(IncidentEntity open, OpenIncidentRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var joined = await _store.UpdateAsync(open.RowKey, e =>
        {
            e.SignalCount++;
            var subjects = System.Text.Json.JsonSerializer.Deserialize<IncidentSubjects>(e.Subjects, IncidentJson.Options) ?? new();
            e.Subjects = IncidentJson.Write(subjects.Union(request.Subjects));
            e.Payload ??= request.Payload;
        }, cancellationToken);
        await recorder.RecordAsync(open.RowKey, TimelineKinds.Signal, actor.Name, $"signal joined: {request.Title}", null, "incident_signal_joined", joined.Status,
            new JsonObject { ["severity"] = request.Severity, ["signalId"] = request.SignalId }, cancellationToken);
        return Incident.From(joined);
    }

    private async Task<IncidentEntity> CreateAsync(string id, OpenIncidentRequest request, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var loaded = playbooks.Get(request.Category);
        var entity = new IncidentEntity
        {
            RowKey = id,
            Category = request.Category,
            Severity = request.Severity!,
            Title = request.Title,
            Description = request.Description ?? "",
            AffectedAssets = IncidentJson.Write(request.AffectedAssets),
            DetectedAt = now,
            OccurredAt = request.OccurredAt is { } occurred && occurred < now ? occurred : now,
            DetectedBy = actor.Name,
            CurrentPhase = loaded.Playbook.Steps[0].Phase,
            PlaybookSource = loaded.Source,
            Steps = IncidentJson.Write(loaded.Playbook.Steps.Select(s => new IncidentStepState
            {
                Number = s.Number,
                Phase = s.Phase,
                Action = s.Action,
                Role = s.ResponsibleRole,
                Automated = s.Automated,
                Run = s.Run,
                RequiresApproval = s.RequiresApproval,
            })),
            Subjects = IncidentJson.Write(request.Subjects),
            Payload = request.Payload,
            SignalCount = 1,
            UpdatedAt = now,
        };
        if (!await _store.TryCreateAsync(entity, cancellationToken))
        {
            return await _store.GetAsync(id, cancellationToken) ?? entity;
        }

        await recorder.RecordAsync(id, TimelineKinds.Opened, actor.Name, $"opened {request.Severity} {request.Category}: {request.Title}", null, "incident_opened", IncidentStatus.Open,
            new JsonObject
            {
                ["affectedAssets"] = new JsonArray([.. request.AffectedAssets.Select(a => JsonValue.Create(a))]),
                ["playbook"] = loaded.Source,
                ["payloadSha256"] = request.Payload is null ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(request.Payload))),
                ["dryRun"] = request.DryRun,
            },
            cancellationToken);
        return entity;
    }

    private async Task StartOrchestrationAsync(IncidentEntity incident, bool dryRun, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var run = new IncidentRun(incident.RowKey, playbooks.Get(incident.Category).Playbook, incident.Severity, options.Value.TimeScale, dryRun);
        try
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(nameof(IncidentOrchestrator), run, new StartOrchestrationOptions { InstanceId = incident.RowKey }, cancellationToken);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            // Another process started it between our look and our start: one orchestration per incident, as wanted.
        }
    }
}
