using System.Text.Json.Nodes;
using AiSec.Playbooks.Definitions;
using AiSec.Playbooks.Incidents;
using AiSec.Shared.Admin;

namespace AiSec.Playbooks.Actions;

/// <summary>
/// A containment action a playbook step runs by name. Actions are idempotent (running one twice leaves the same
/// state), support a dry run, and report the state before and after. A target that is not configured ends
/// <see cref="ActionStatus.Skipped"/> with the reason; a permanent refusal ends <see cref="ActionStatus.Failed"/>;
/// a transient failure throws, so the orchestration retries it.
/// </summary>
public interface IPlaybookAction
{
    string Name { get; }

    Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken);
}

/// <param name="Actor">Who the change is made as: <c>playbook:INC-…</c>, recorded by the services the action calls.</param>
public sealed record ActionRequest(Incident Incident, PlaybookStep Step, Actor Actor, bool DryRun, TimeSpan Timeout)
{
    /// <summary>A stable id for what this step of this incident creates, so a re-run finds it instead of adding another.</summary>
    public string StableId(string prefix) => $"{prefix}-{Incident.Id.ToLowerInvariant()}-s{Step.Number}";
}

public sealed record ActionOutcome(string Status, string Summary, JsonNode? Before = null, JsonNode? After = null)
{
    public static ActionOutcome Done(string summary, JsonNode? before = null, JsonNode? after = null) => new(ActionStatus.Done, summary, before, after);

    public static ActionOutcome Skipped(string reason) => new(ActionStatus.Skipped, reason);

    public static ActionOutcome Failed(string reason, JsonNode? before = null) => new(ActionStatus.Failed, reason, before);

    public static ActionOutcome WouldDo(string summary, JsonNode? before = null) => new(ActionStatus.Skipped, "dry run: would " + summary, before);
}

public static class ActionStatus
{
    public const string Done = "done";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
}
