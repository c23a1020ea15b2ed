using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using AiSec.Playbooks.Orchestration;

namespace AiSec.Playbooks.Approvals;

/// <summary>
/// The approval page's HTML: the incident and step with Approve / Reject / Done and a comment, the outcome of a
/// decision, or the reason a link is refused. Self-contained (inline style, no script, nothing loaded from elsewhere),
/// every value HTML-encoded.
/// </summary>
public static class ApprovalPage
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f4f5f7;color:#1d2430}
        main{max-width:720px;margin:32px auto;background:#fff;border-radius:8px;box-shadow:0 1px 4px #0002;padding:24px 32px}
        h1{font-size:1.35rem;margin:.2rem 0 1rem}.kicker{font-size:.8rem;font-weight:600;text-transform:uppercase;color:#5b6473}.ref{font-size:.85rem;font-weight:600;color:#5b6473}
        .sev{display:inline-block;padding:2px 8px;border-radius:4px;background:#e8eaee;font-weight:600}.sev-sev1,.sev-sev2{background:#fde2e1;color:#a4262c}
        dl{display:grid;grid-template-columns:10rem 1fr;gap:6px 12px;margin:0 0 1rem}dt{color:#5b6473}dd{margin:0}
        h2{font-size:1rem;margin:1.4rem 0 .6rem;border-top:1px solid #e3e5e9;padding-top:1rem}
        label{display:block;font-weight:600;margin:.8rem 0 .3rem}textarea,input[type=text]{width:100%;box-sizing:border-box;padding:8px;border:1px solid #c8ccd3;border-radius:4px;font:inherit}
        .buttons{display:flex;gap:12px;margin-top:1.2rem}button{font:inherit;font-weight:600;padding:9px 20px;border-radius:4px;border:1px solid #c8ccd3;background:#fff;cursor:pointer}
        button.approve{background:#107c10;border-color:#107c10;color:#fff}button.reject{background:#fff;border-color:#a4262c;color:#a4262c}button.done{background:#0f6cbd;border-color:#0f6cbd;color:#fff}
        button.chosen{outline:3px solid #f2c811;outline-offset:2px}
        .note{background:#fff8e1;border-left:4px solid #f2c811;padding:8px 12px;margin:1rem 0}.refused{border-left-color:#a4262c;background:#fdf0f0}.ok{border-left-color:#107c10;background:#eef8ee}
        """;

    public static string Form(ApprovalView view, string? signedInAs, bool devIdentity, string? chosen)
    {
        var body = new StringBuilder();
        Summary(body, view);
        body.Append("<h2>Your decision</h2><form method=\"post\" id=\"decision-form\">");
        if (view.ApproversNeeded > 1)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\" id=\"quorum\">This SEV1 containment step needs {view.ApproversNeeded} different approvers to agree.</p>");
        }

        if (signedInAs is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>Signed in as <strong id=\"signed-in\">{E(signedInAs)}</strong>.</p>");
        }
        else if (devIdentity)
        {
            body.Append("<p class=\"note\">Development identity: nothing verifies the name you type (Playbooks:Approvals:DevIdentity is on).</p>")
                .Append("<label for=\"identity\">Who are you?</label><input type=\"text\" id=\"identity\" name=\"identity\" maxlength=\"200\" required autocomplete=\"username\">");
        }
        else
        {
            body.Append("<p class=\"note refused\">Nobody is signed in; a decision will be refused.</p>");
        }

        body.Append("<label for=\"comment\">Comment</label><textarea id=\"comment\" name=\"comment\" rows=\"3\" maxlength=\"2000\"></textarea><div class=\"buttons\">");
        foreach (var decision in view.Token.Decisions)
        {
            var css = decision + (decision == chosen ? " chosen" : "");
            body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" name=\"decision\" value=\"{E(decision)}\" class=\"{E(css)}\">{E(Label(decision))}</button>");
        }

        body.Append("</div></form>");
        return Document($"Step {view.Step.Number} of {view.Incident.Id}", body.ToString());
    }

    public static string Decided(ApprovalResult result)
    {
        var body = new StringBuilder();
        var view = result.View;
        var text = result.Decided
            ? $"{Label(result.Decision)} recorded for step {view.Step.Number} of {view.Incident.Id} by {result.Approver.Name}" + (result.Needed > 1 ? $" ({result.Votes} of {result.Needed} approvers)." : ".")
            : $"Your vote ({Label(result.Decision)}) is recorded: {result.Votes} of {result.Needed} approvers so far. The step moves on when {result.Needed} agree.";
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"note ok\" id=\"outcome\" data-decided=\"{(result.Decided ? "true" : "false")}\">{E(text)}</p>");
        Summary(body, view);
        return Document("Decision recorded", body.ToString());
    }

    public static string Refused(ApprovalRefusal refusal)
    {
        var title = refusal.Code switch
        {
            ApprovalRefusals.Expired => "This approval link has expired",
            ApprovalRefusals.Tampered => "This approval link is not valid",
            ApprovalRefusals.Replayed => "This approval link was already used",
            ApprovalRefusals.WrongStep => "This link is for another step",
            ApprovalRefusals.AlreadyDecided => "This step is already decided",
            ApprovalRefusals.Closed => "This incident is closed",
            ApprovalRefusals.NoIdentity => "Sign in to decide",
            ApprovalRefusals.NotMember => "You do not hold this step's role",
            ApprovalRefusals.SelfApproval => "You cannot decide on this incident",
            ApprovalRefusals.MembershipUnavailable => "Your role could not be checked",
            _ => "The decision was refused",
        };
        return Document(title, $"<p class=\"note refused\" id=\"refusal\" data-reason=\"{E(refusal.Code)}\">{E(refusal.Message)}.</p><p>Nothing was changed. This refusal is in the audit log.</p>");
    }

    private static void Summary(StringBuilder body, ApprovalView view)
    {
        var incident = view.Incident;
        var step = view.Step;
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"ref\">{E(incident.Id)} · {E(incident.Category)}</p>")
            .Append(CultureInfo.InvariantCulture, $"<h1><span class=\"sev sev-{E(incident.Severity)}\">{E(incident.Severity.ToUpperInvariant())}</span> {E(incident.Title)}</h1><dl>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Status</dt><dd>{E(incident.Status)}</dd><dt>Detected</dt><dd>{incident.DetectedAt:u} by {E(incident.DetectedBy)}</dd>");
        if (incident.AffectedAssets.Count > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<dt>Affected assets</dt><dd>{E(string.Join(", ", incident.AffectedAssets))}</dd>");
        }

        body.Append("</dl>")
            .Append(CultureInfo.InvariantCulture, $"<h2 id=\"step\">Step {step.Number}: {E(step.Phase)}</h2><dl>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Action</dt><dd id=\"step-action\">{E(step.Action)}{(step.Run is null ? "" : $" (<code>{E(step.Run)}</code>)")}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Role</dt><dd>{E(step.Role)}{(view.Token.Role == step.Role ? "" : $", escalated to {E(view.Token.Role)}")}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Step status</dt><dd id=\"step-status\">{E(step.Status)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Deadline</dt><dd>{(step.Deadline is { } deadline ? deadline.ToString("u", CultureInfo.InvariantCulture) : "none")}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Link valid until</dt><dd>{view.Token.ExpiresAt:u}</dd></dl>");
    }

    private static string Document(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{E(title)} · AiSec approvals</title><style>{Style}</style></head><body><main><p class=\"kicker\">AiSec incident response</p>"
        + $"<h1 id=\"title\">{E(title)}</h1>{body}</main></body></html>";

    private static string Label(string decision) => decision switch
    {
        StepDecisions.Approve => "Approve",
        StepDecisions.Reject => "Reject",
        StepDecisions.Done => "Done",
        _ => decision,
    };

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
