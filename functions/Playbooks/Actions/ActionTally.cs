using System.Text.Json.Nodes;

namespace AiSec.Playbooks.Actions;

/// <summary>
/// How an action went for each of its targets (users, service principals, accounts, deployments): changed, already in
/// the wanted state, or refused. It keeps each target's state before and after, keyed by target, and makes the outcome:
/// one refusal makes the whole action <see cref="ActionStatus.Failed"/> (so the step escalates), after the other
/// targets were still contained.
/// </summary>
public sealed class ActionTally
{
    private readonly JsonObject _before = [];
    private readonly JsonObject _after = [];
    private readonly List<string> _changed = [];
    private readonly List<string> _already = [];
    private readonly List<string> _refused = [];

    public void Changed(string target, JsonNode? before, JsonNode? after)
    {
        _changed.Add(target);
        _before[target] = before?.DeepClone();
        _after[target] = after?.DeepClone();
    }

    /// <summary>Nothing to do: the state before is the state after.</summary>
    public void Already(string target, JsonNode? state)
    {
        _already.Add(target);
        _before[target] = state?.DeepClone();
        _after[target] = state?.DeepClone();
    }

    /// <summary>A dry run's target that would change: its state now.</summary>
    public void WouldChange(string target, JsonNode? before) => _before[target] = before?.DeepClone();

    public void Refused(string target, string reason, JsonNode? before = null)
    {
        _refused.Add($"{target} ({reason})");
        _before[target] = before?.DeepClone();
        _after[target] = before?.DeepClone();
    }

    /// <summary>A dry run's outcome: what would be done, with every target's state now as the record's before.</summary>
    public ActionOutcome DryRun(string wouldDo) => ActionOutcome.WouldDo($"{wouldDo} (the record's before is their state now)", _before);

    /// <param name="changed">What was done, before the targets: "revoked the sign-in sessions of".</param>
    /// <param name="already">The state found, before the targets: "already disabled".</param>
    public ActionOutcome Outcome(string changed, string already)
    {
        var parts = new List<string>();
        if (_changed.Count > 0)
        {
            parts.Add($"{changed} {string.Join(", ", _changed)}");
        }

        if (_already.Count > 0)
        {
            parts.Add($"{already}: {string.Join(", ", _already)}");
        }

        if (_refused.Count > 0)
        {
            parts.Add($"refused: {string.Join("; ", _refused)}");
        }

        var summary = string.Join("; ", parts);
        return _refused.Count > 0
            ? new ActionOutcome(ActionStatus.Failed, summary, _before, _after)
            : ActionOutcome.Done(summary, _before, _after);
    }
}
