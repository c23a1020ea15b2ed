using AiSec.Playbooks.Approvals;
using AiSec.Shared.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Http;

/// <summary>
/// <c>GET /api/approvals/{token}</c> (the page a card's button opens) and <c>POST</c> (the decision), for both hosts.
/// In Azure the route sits behind App Service Authentication, which supplies <c>X-MS-CLIENT-PRINCIPAL</c>; a decision
/// without a principal is refused unless <c>Playbooks:Approvals:DevIdentity</c> lets the form name one. The link
/// itself is the form's anti-forgery secret: a page elsewhere cannot post a decision without knowing it.
/// </summary>
public sealed class ApprovalsHttpHandler(ApprovalService approvals, IOptions<ApprovalOptions> options)
{
    private const int MaxFormBytes = 16_384;

    public async Task<IResult> GetAsync(HttpRequest request, string token, CancellationToken cancellationToken)
    {
        try
        {
            var view = await approvals.OpenAsync(token, cancellationToken);
            var chosen = request.Query["decision"].ToString();
            return Html(StatusCodes.Status200OK, ApprovalPage.Form(view, ClientPrincipal.From(request)?.Name, options.Value.DevIdentity, chosen));
        }
        catch (ApprovalRefusedException ex)
        {
            return Html(ex.Refusal.Status, ApprovalPage.Refused(ex.Refusal));
        }
    }

    public async Task<IResult> PostAsync(HttpRequest request, string token, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Html(StatusCodes.Status415UnsupportedMediaType, ApprovalPage.Refused(ApprovalRefusals.Of(ApprovalRefusals.BadInput, "send the decision as the page's form (application/x-www-form-urlencoded)")));
        }

        if (request.ContentLength is > MaxFormBytes)
        {
            return Html(StatusCodes.Status413PayloadTooLarge, ApprovalPage.Refused(ApprovalRefusals.Of(ApprovalRefusals.BadInput, $"the form is larger than {MaxFormBytes:N0} bytes")));
        }

        var form = await request.ReadFormAsync(cancellationToken);
        try
        {
            var result = await approvals.DecideAsync(token, form["decision"].ToString(), form["comment"].ToString(), Approver(request, form), durable, cancellationToken);
            return Html(result.Decided ? StatusCodes.Status200OK : StatusCodes.Status202Accepted, ApprovalPage.Decided(result));
        }
        catch (ApprovalRefusedException ex)
        {
            return Html(ex.Refusal.Status, ApprovalPage.Refused(ex.Refusal));
        }
    }

    /// <summary>The signed-in principal; else, only with DevIdentity on, the name typed into the form.</summary>
    private Approver? Approver(HttpRequest request, IFormCollection form)
    {
        if (ClientPrincipal.From(request) is { } principal)
        {
            return new Approver(principal.ObjectId, principal.Name, Actor.Principal(principal.Name), Verified: true);
        }

        var typed = form["identity"].ToString().Trim();
        return options.Value.DevIdentity && typed.Length is > 0 and <= 200
            ? new Approver(typed, typed, Actor.DevIdentity(typed), Verified: false)
            : null;
    }

    private static HtmlPage Html(int status, string html) => new(status, html);

    /// <summary>An HTML answer that no cache keeps (it carries a live link) and no other site can frame.</summary>
    private sealed class HtmlPage(int status, string html) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            await response.WriteAsync(html, httpContext.RequestAborted);
        }
    }
}
