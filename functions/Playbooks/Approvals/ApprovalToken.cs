namespace AiSec.Playbooks.Approvals;

/// <summary>
/// What an approval link lets its holder do: decide <see cref="Step"/> of <see cref="IncidentId"/> with one of
/// <see cref="Decisions"/>, as a member of <see cref="Role"/>, until <see cref="ExpiresAt"/>. <see cref="Id"/> is what
/// the ledger records when the link is used, so it is used once.
/// </summary>
public sealed record ApprovalToken(
    string Id,
    string IncidentId,
    int Step,
    string Role,
    IReadOnlyList<string> Decisions,
    DateTimeOffset ExpiresAt);
