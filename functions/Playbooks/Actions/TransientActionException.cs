namespace AiSec.Playbooks.Actions;

/// <summary>
/// The target system failed in a way that may pass (throttled beyond the client's retries, a 5xx, the network): thrown
/// so the orchestration runs the step again, with a message that names the call and the target.
/// </summary>
public sealed class TransientActionException(string message, Exception inner) : Exception(message, inner);
