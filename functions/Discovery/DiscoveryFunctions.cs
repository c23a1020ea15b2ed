// Azure Functions trigger shells for Discovery: compiled only by functions/App (see its csproj). Each binds a trigger to
// one call into the Discovery core and contains no behaviour of its own.
using AiSec.Discovery.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace AiSec.Discovery;

public sealed class DiscoveryFunctions(DiscoveryJob job, AssetsHttpHandler http)
{
    [Function("Discovery")]
    public Task DiscoverAsync([TimerTrigger("%Discovery:Schedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        job.RunAsync(cancellationToken);

    [Function("AssetsList")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "assets")] HttpRequest request, CancellationToken cancellationToken) =>
        await http.ListAsync(request.Query, cancellationToken);

    [Function("AssetsGaps")]
    public async Task<IResult> GapsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "assets/gaps")] HttpRequest request, CancellationToken cancellationToken) =>
        await http.GapsAsync(cancellationToken);

    [Function("AssetsGraph")]
    public async Task<IResult> GraphAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "assets/graph")] HttpRequest request, CancellationToken cancellationToken) =>
        await http.GraphAsync(request.Query, cancellationToken);

    [Function("AssetsGet")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "assets/{*id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await http.GetAsync(id, cancellationToken);

    [Function("AssetsRegister")]
    public async Task<IResult> RegisterAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "assets")] HttpRequest request, CancellationToken cancellationToken) =>
        await http.RegisterAsync(request, cancellationToken);

    [Function("AssetsAnnotate")]
    public async Task<IResult> AnnotateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "patch", Route = "assets/{*id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await http.AnnotateAsync(id, request, cancellationToken);
}
