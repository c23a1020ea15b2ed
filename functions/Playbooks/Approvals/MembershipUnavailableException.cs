namespace AiSec.Playbooks.Approvals;

/// <summary>
/// Microsoft Graph could not say whether someone holds a role: throttled past its retries, unavailable, or refusing the
/// product itself (a permission the administrator has not granted). Never an answer of "not a member".
/// </summary>
public sealed class MembershipUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
