using Microsoft.AspNetCore.Http;

namespace AiSec.Playbooks.Approvals;

/// <summary>Why an approval link or decision is refused: a code for the audit record, a status and a sentence for the page.</summary>
public sealed record ApprovalRefusal(string Code, int Status, string Message);

public static class ApprovalRefusals
{
    public const string Tampered = "tampered";
    public const string Expired = "expired";
    public const string Replayed = "replayed";
    public const string WrongStep = "wrong_step";
    public const string AlreadyDecided = "already_decided";
    public const string Closed = "closed";
    public const string NoIdentity = "no_identity";
    public const string NotMember = "not_member";
    public const string SelfApproval = "self_approval";
    public const string BadDecision = "bad_decision";
    public const string BadInput = "bad_input";
    public const string MembershipUnavailable = "membership_unavailable";

    public static ApprovalRefusal Of(string code, string message) => new(code, StatusOf(code), message);

    private static int StatusOf(string code) => code switch
    {
        Tampered or BadDecision or BadInput => StatusCodes.Status400BadRequest,
        NoIdentity => StatusCodes.Status401Unauthorized,
        NotMember or SelfApproval => StatusCodes.Status403Forbidden,
        Expired => StatusCodes.Status410Gone,
        // A refusal like the others (the link stays unused and can be tried again), caused by Graph rather than the request.
        MembershipUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status409Conflict,
    };
}

/// <summary>Thrown inside the approval service when a check fails; the handler turns it into the refusal page.</summary>
public sealed class ApprovalRefusedException : Exception
{
    public ApprovalRefusedException(ApprovalRefusal refusal)
        : base(refusal.Message) => Refusal = refusal;

    public ApprovalRefusedException()
        : this(ApprovalRefusals.Of(ApprovalRefusals.BadInput, "refused"))
    {
    }

    public ApprovalRefusedException(string message)
        : this(ApprovalRefusals.Of(ApprovalRefusals.BadInput, message))
    {
    }

    public ApprovalRefusedException(string message, Exception innerException)
        : base(message, innerException) => Refusal = ApprovalRefusals.Of(ApprovalRefusals.BadInput, message);

    public ApprovalRefusal Refusal { get; }
}
