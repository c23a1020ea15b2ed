using AiSec.Shared.Admin;

namespace AiSec.Playbooks.Approvals;

/// <summary>Who is deciding on the approval page: a signed-in principal, or (development only) a typed name.</summary>
/// <param name="Key">The Entra object id, or the typed name: one vote per key.</param>
/// <param name="Name">The sign-in name shown on the timeline.</param>
/// <param name="Verified">False for a development identity: nothing checked it, and no group membership is asked.</param>
public sealed record Approver(string Key, string Name, Actor Actor, bool Verified);
