using AiSec.Playbooks.Incidents;
using AiSec.Shared.Incidents;

namespace AiSec.Playbooks.Approvals;

/// <summary>What the approval page shows for a valid link: the incident, the step and how many approvers it needs.</summary>
public sealed record ApprovalView(ApprovalToken Token, Incident Incident, IncidentStepState Step, int ApproversNeeded);

/// <summary>What a decision on the page did: decided the step, or counted as one vote of a quorum.</summary>
public sealed record ApprovalResult(ApprovalView View, string Decision, Approver Approver, bool Decided, int Votes, int Needed);
