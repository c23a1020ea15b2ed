// Azure Functions trigger shells for the program dashboard: compiled only by functions/App. Each binds a trigger to
// one call into the program core. App Service Authentication stands in front of every route here.
using AiSec.Program.Http;
using AiSec.Program.Snapshots;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace AiSec.Program;

public sealed class ProgramFunctions(SnapshotJob snapshots, DashboardHttpHandler dashboard, RedTeamHttpHandler redTeam)
{
    [Function("DashboardSnapshot")]
    public Task SnapshotAsync([TimerTrigger("%Dashboard:SnapshotSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        snapshots.RunAsync(cancellationToken);

    // Anonymous at the Functions level so a signed-in browser needs no function key; the sign-in guards it.
    [Function("DashboardPage")]
    public async Task<IResult> PageAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/page")] HttpRequest request, CancellationToken cancellationToken) =>
        await dashboard.PageAsync(cancellationToken);

    [Function("DashboardFigures")]
    public async Task<IResult> FiguresAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request, CancellationToken cancellationToken) =>
        await dashboard.JsonAsync(cancellationToken);

    [Function("RedTeamList")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "redteam")] HttpRequest request, CancellationToken cancellationToken) =>
        await redTeam.ListAsync(cancellationToken);

    [Function("RedTeamAddEngagement")]
    public async Task<IResult> AddEngagementAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "redteam/engagements")] HttpRequest request, CancellationToken cancellationToken) =>
        await redTeam.AddEngagementAsync(request, cancellationToken);

    [Function("RedTeamAddFinding")]
    public async Task<IResult> AddFindingAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "redteam/engagements/{engagementId}/findings")] HttpRequest request,
        string engagementId,
        CancellationToken cancellationToken) =>
        await redTeam.AddFindingAsync(engagementId, request, cancellationToken);

    [Function("RedTeamRemediate")]
    public async Task<IResult> RemediateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "redteam/findings/{findingId}/remediate")] HttpRequest request,
        string findingId,
        CancellationToken cancellationToken) =>
        await redTeam.RemediateAsync(findingId, request, cancellationToken);
}
