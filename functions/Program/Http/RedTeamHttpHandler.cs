using AiSec.Program.Admin;
using AiSec.Program.RedTeam;
using AiSec.Shared.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiSec.Program.Http;

/// <summary>
/// GET /api/redteam; POST /api/redteam/engagements <c>{name, date, lead, scope[]}</c>,
/// POST /api/redteam/engagements/{id}/findings <c>{title, severity, assetId?, due?}</c>,
/// POST /api/redteam/findings/{id}/remediate <c>{remediatedBy, note?}</c>. Refused values are 400 problems naming the field.
/// </summary>
public sealed class RedTeamHttpHandler(RedTeamAdmin admin, RedTeamRecords records)
{
    public async Task<Ok<RedTeamListing>> ListAsync(CancellationToken cancellationToken) =>
        TypedResults.Ok(new RedTeamListing(await records.EngagementsAsync(cancellationToken), await records.FindingsAsync(cancellationToken)));

    public Task<Results<Created<RedTeamEngagement>, ValidationProblem>> AddEngagementAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync<EngagementBody, RedTeamEngagement>(request, (body, actor) => admin.AddEngagementAsync(
            new EngagementRequest(body.Name ?? "", body.Date ?? throw new InvalidInputException("date", "give the date the engagement took place"), body.Lead ?? "", body.Scope ?? []),
            actor, cancellationToken), e => $"/api/redteam/engagements/{e.Id}", cancellationToken);

    public Task<Results<Created<RedTeamFinding>, ValidationProblem>> AddFindingAsync(string engagementId, HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync<FindingBody, RedTeamFinding>(request, (body, actor) => admin.AddFindingAsync(
            new FindingRequest(engagementId, body.Title ?? "", body.Severity ?? "", body.AssetId, body.Due), actor, cancellationToken),
            f => $"/api/redteam/findings/{f.Id}", cancellationToken);

    public Task<Results<Created<RedTeamFinding>, ValidationProblem>> RemediateAsync(string findingId, HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync<RemediationBody, RedTeamFinding>(request, (body, actor) => admin.RemediateAsync(
            new RemediationRequest(findingId, body.RemediatedBy ?? "", body.Note), actor, cancellationToken),
            f => $"/api/redteam/findings/{f.Id}", cancellationToken);

    private static async Task<Results<Created<TResult>, ValidationProblem>> RunAsync<TBody, TResult>(
        HttpRequest request, Func<TBody, Actor, Task<TResult>> change, Func<TResult, string> location, CancellationToken cancellationToken)
        where TBody : class
    {
        try
        {
            var result = await change(await AdminHttp.ReadBodyAsync<TBody>(request, cancellationToken), Actor.Http(request));
            return TypedResults.Created(location(result), result);
        }
        catch (InvalidInputException ex)
        {
            return AdminHttp.Problem(ex);
        }
    }

    private sealed record EngagementBody(string? Name, DateTimeOffset? Date, string? Lead, IReadOnlyList<string>? Scope);

    private sealed record FindingBody(string? Title, string? Severity, string? AssetId, DateTimeOffset? Due);

    private sealed record RemediationBody(string? RemediatedBy, string? Note);
}

/// <summary>Every engagement (newest first) and finding (open first).</summary>
public sealed record RedTeamListing(IReadOnlyList<RedTeamEngagement> Engagements, IReadOnlyList<RedTeamFinding> Findings);
