using System.Text.Json.Nodes;
using AiSec.Playbooks.Definitions;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Notifications;
using AiSec.Playbooks.Orchestration;
using AiSec.Shared.Admin;
using AiSec.Shared.Incidents;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Approvals;

/// <summary>
/// Decisions through signed links (the Teams cards' buttons): issues a link per notice, and checks each use — signature,
/// expiry, single use, the step still waiting, separation of duties, the role's group — before the decision goes
/// through <see cref="IncidentService"/> to the orchestration. A SEV1 containment step needs
/// <c>Playbooks:Approvals:Sev1Quorum</c> different approvers agreeing: earlier votes go on the timeline, and only the
/// vote that reaches the quorum raises the decision, so the orchestration sees one decision as for any step.
/// Every refusal is audited (and put on the incident's timeline when the link named a real incident).
/// </summary>
public sealed class ApprovalService(
    ApprovalTokenSigner signer,
    ApprovalLedger ledger,
    RoleDirectory roles,
    IncidentService incidents,
    PlaybookCatalog playbooks,
    IOptions<ApprovalOptions> options,
    IOptions<PlaybooksOptions> playbookOptions,
    TimeProvider time)
{
    private const int MaxCommentLength = 2_000;

    /// <summary>The approval page's link for a notice that asks for a decision; null for a notice that asks for none.</summary>
    public async Task<Uri?> IssueLinkAsync(IncidentNotice notice, Incident incident, CancellationToken cancellationToken)
    {
        if (notice.Step is not { } step || notice.Decisions is not { Count: > 0 } decisions)
        {
            return null;
        }

        var token = new ApprovalToken(ApprovalTokenSigner.NewId(), incident.Id, step, notice.Role, decisions, time.GetUtcNow() + Lifetime(incident, step));
        var signed = await signer.SignAsync(token, cancellationToken);
        return new Uri($"{options.Value.BaseUrl.ToString().TrimEnd('/')}/{signed}");
    }

    /// <summary>What the page shows for a link.</summary>
    /// <exception cref="ApprovalRefusedException">The link cannot be used (audited).</exception>
    public async Task<ApprovalView> OpenAsync(string link, CancellationToken cancellationToken)
    {
        var (token, readRefusal) = await signer.ReadAsync(link, cancellationToken);
        try
        {
            return await CheckLinkAsync(token, readRefusal, cancellationToken);
        }
        catch (ApprovalRefusedException ex)
        {
            await AuditRefusalAsync(token, null, ex.Refusal, cancellationToken);
            throw;
        }
    }

    /// <exception cref="ApprovalRefusedException">The decision is refused (audited).</exception>
    public async Task<ApprovalResult> DecideAsync(
        string link, string? decision, string? comment, Approver? approver, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var (token, readRefusal) = await signer.ReadAsync(link, cancellationToken);
        try
        {
            var view = await CheckLinkAsync(token, readRefusal, cancellationToken);
            return await DecideAsync(view, decision ?? "", Clean(comment), approver, durable, cancellationToken);
        }
        catch (ApprovalRefusedException ex)
        {
            await AuditRefusalAsync(token, approver, ex.Refusal, cancellationToken);
            throw;
        }
    }

    private async Task<ApprovalResult> DecideAsync(
        ApprovalView view, string decision, string? comment, Approver? approver, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var token = view.Token;
        if (!token.Decisions.Contains(decision, StringComparer.Ordinal))
        {
            throw Refuse(ApprovalRefusals.BadDecision, $"this link takes {string.Join(" or ", token.Decisions)}, not '{decision}'");
        }

        if (approver is null)
        {
            throw Refuse(ApprovalRefusals.NoIdentity, options.Value.DevIdentity
                ? "nobody is signed in: enter your name in the form (development identity)"
                : "nobody is signed in: the page needs the signed-in principal (X-MS-CLIENT-PRINCIPAL) from App Service Authentication");
        }

        if (SeparationOfDuties.Conflict(view.Incident, approver) is { } conflict)
        {
            throw Refuse(ApprovalRefusals.SelfApproval, conflict);
        }

        await RequireRoleAsync(token.Role, approver, cancellationToken);
        var needed = view.ApproversNeeded;
        if (needed > 1)
        {
            if (!await ledger.TryVoteAsync(token.IncidentId, token.Step, approver.Key, approver.Actor.Name, decision, token.Id, cancellationToken))
            {
                throw Refuse(ApprovalRefusals.Replayed, $"{approver.Name} already voted on step {token.Step} of {token.IncidentId}");
            }

            var voters = await ledger.VotersAsync(token.IncidentId, token.Step, decision, cancellationToken);
            if (voters.Count < needed)
            {
                await incidents.RecordVoteAsync(token.IncidentId, token.Step, decision, approver.Actor, comment, voters.Count, needed, cancellationToken);
                return new ApprovalResult(view, decision, approver, Decided: false, voters.Count, needed);
            }

            comment = $"quorum {voters.Count} of {needed}: {string.Join(", ", voters)}" + (comment is null ? "" : $"; {comment}");
            // The vote that completes the quorum uses the link, so a second completing vote is not raised twice.
            await UseAsync(token, approver, decision, cancellationToken);
            await DecideStepAsync(view, decision, approver, comment, durable, cancellationToken);
            return new ApprovalResult(view, decision, approver, Decided: true, voters.Count, needed);
        }

        await UseAsync(token, approver, decision, cancellationToken);
        await DecideStepAsync(view, decision, approver, comment, durable, cancellationToken);
        return new ApprovalResult(view, decision, approver, Decided: true, 1, 1);
    }

    private async Task UseAsync(ApprovalToken token, Approver approver, string decision, CancellationToken cancellationToken)
    {
        if (!await ledger.TryUseAsync(token, approver.Actor.Name, decision, cancellationToken))
        {
            throw Refuse(ApprovalRefusals.Replayed, "this approval link was already used");
        }
    }

    private async Task DecideStepAsync(ApprovalView view, string decision, Approver approver, string? comment, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var note = approver.Verified ? comment : $"(development identity, not verified) {comment}".TrimEnd();
        try
        {
            await incidents.DecideAsync(view.Incident.Id, view.Token.Step, decision, approver.Actor, note, durable, cancellationToken);
        }
        catch (InvalidInputException ex)
        {
            // The step moved on between the checks and now (another link, the CLI): decided by someone else.
            throw Refuse(ApprovalRefusals.AlreadyDecided, ex.Message);
        }
    }

    private async Task RequireRoleAsync(string role, Approver approver, CancellationToken cancellationToken)
    {
        if (roles.GroupOf(role) is null)
        {
            if (approver.Verified || !options.Value.DevIdentity)
            {
                throw Refuse(ApprovalRefusals.NotMember, $"role {role} has no Entra group (Playbooks:Roles:{role}:GroupId), so nobody can be shown to hold it");
            }

            return;
        }

        if (!approver.Verified)
        {
            throw Refuse(ApprovalRefusals.NotMember, $"role {role} is held through an Entra group; a development identity cannot be checked against it");
        }

        bool member;
        try
        {
            member = await roles.IsMemberAsync(approver.Key, role, cancellationToken);
        }
        catch (MembershipUnavailableException ex)
        {
            throw Refuse(ApprovalRefusals.MembershipUnavailable, $"whether {approver.Name} holds the {role} role could not be checked, so nothing was decided; try the link again in a minute ({ex.Message})");
        }

        if (!member)
        {
            throw Refuse(ApprovalRefusals.NotMember, $"{approver.Name} is not a member of the {role} group");
        }
    }

    /// <param name="token">The link as read; null when it is not one of ours.</param>
    private async Task<ApprovalView> CheckLinkAsync(ApprovalToken? token, string? refusal, CancellationToken cancellationToken)
    {
        if (refusal == ApprovalRefusals.Tampered || token is null)
        {
            throw Refuse(ApprovalRefusals.Tampered, "this approval link is not valid: it was altered or is not one of ours");
        }

        if (refusal == ApprovalRefusals.Expired)
        {
            throw Refuse(ApprovalRefusals.Expired, $"this approval link expired at {token.ExpiresAt:u}; use the link of a newer notice or the CLI");
        }

        if (await ledger.WasUsedAsync(token.Id, cancellationToken))
        {
            throw Refuse(ApprovalRefusals.Replayed, "this approval link was already used");
        }

        var incident = await incidents.GetAsync(token.IncidentId, cancellationToken)
            ?? throw Refuse(ApprovalRefusals.Tampered, $"incident {token.IncidentId} does not exist");
        if (incident.Status == IncidentStatus.Closed)
        {
            throw Refuse(ApprovalRefusals.Closed, $"incident {incident.Id} is closed");
        }

        var step = incident.Steps.FirstOrDefault(s => s.Number == token.Step)
            ?? throw Refuse(ApprovalRefusals.WrongStep, $"incident {incident.Id} has no step {token.Step}");
        if (StepStatus.IsTerminal(step.Status))
        {
            var by = step.DecidedBy is null ? "" : $" by {step.DecidedBy}";
            throw Refuse(ApprovalRefusals.AlreadyDecided, $"step {step.Number} of {incident.Id} is already {step.Status}{by}");
        }

        if (step.Status is not (StepStatus.Waiting or StepStatus.Escalated))
        {
            var waiting = incident.Steps.FirstOrDefault(s => s.Status is StepStatus.Waiting or StepStatus.Escalated);
            throw Refuse(ApprovalRefusals.WrongStep, $"step {step.Number} of {incident.Id} is {step.Status}, not waiting for a decision"
                + (waiting is null ? "" : $"; step {waiting.Number} is"));
        }

        return new ApprovalView(token, incident, step, ApproversNeeded(incident, step));
    }

    private int ApproversNeeded(Incident incident, IncidentStepState step) =>
        incident.Severity == Severity.Sev1 && step.Phase == Phase.Containment ? options.Value.Sev1Quorum : 1;

    private TimeSpan Lifetime(Incident incident, int step)
    {
        if (options.Value.TokenLifetime is { } configured)
        {
            return configured;
        }

        var definition = playbooks.Get(incident.Category).Playbook.Steps.FirstOrDefault(s => s.Number == step);
        return PlaybookClock.Scale(definition?.TimeoutMinutes ?? 60, playbookOptions.Value.TimeScale) + TimeSpan.FromHours(1);
    }

    private static string? Clean(string? comment)
    {
        var trimmed = comment?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null
            : trimmed.Length <= MaxCommentLength ? trimmed
            : throw Refuse(ApprovalRefusals.BadInput, $"comment: must be at most {MaxCommentLength:N0} characters");
    }

    private async Task AuditRefusalAsync(ApprovalToken? token, Approver? approver, ApprovalRefusal refusal, CancellationToken cancellationToken)
    {
        var actor = approver?.Actor.Name ?? "approval-page";
        var details = new JsonObject { ["reason"] = refusal.Code, ["tokenId"] = token?.Id, ["role"] = token?.Role };
        await incidents.RecordApprovalRefusalAsync(token?.IncidentId, token?.Step, actor, refusal.Code, refusal.Message, details, cancellationToken);
    }

    private static ApprovalRefusedException Refuse(string code, string message) => new(ApprovalRefusals.Of(code, message));
}
