// Azure Functions trigger shells for Risk: compiled only by functions/App. Each binds a trigger to one call into
// the Risk core.
using AiSec.Risk.Assessment;
using AiSec.Risk.Http;
using AiSec.Shared.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace AiSec.Risk;

public sealed class RiskFunctions(RiskAssessmentJob job, AssetChangeHandler changes, RiskHttpHandler http)
{
    [Function("RiskAssessment")]
    public Task AssessAsync([TimerTrigger("%Risk:Schedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        job.RunAsync(cancellationToken);

    // The Functions host retries a failed message and moves it to discovery-changes-poison after maxDequeueCount.
    [Function("RiskOnAssetChange")]
    public Task OnAssetChangeAsync([QueueTrigger(StorageNames.Queues.DiscoveryChanges)] string message, CancellationToken cancellationToken) =>
        changes.HandleAsync(message, cancellationToken);

    [Function("RiskList")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "risk")] HttpRequest request, CancellationToken cancellationToken) =>
        await http.ListAsync(cancellationToken);

    [Function("RiskGet")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "risk/{*assetId}")] HttpRequest request, string assetId, CancellationToken cancellationToken) =>
        await http.GetAsync(assetId, cancellationToken);

    [Function("RiskAccept")]
    public async Task<IResult> AcceptAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "risk/{*path}")] HttpRequest request, string path, CancellationToken cancellationToken) =>
        await http.AcceptAsync(path, request, cancellationToken);
}
