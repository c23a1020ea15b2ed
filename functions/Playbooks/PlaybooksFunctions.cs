// Azure Functions trigger shells for Playbooks: compiled only by functions/App (see its csproj). Durable Functions
// runs the same orchestrator and activity classes the local host's worker runs; each shell binds a trigger to one call.
using AiSec.Playbooks.Http;
using AiSec.Playbooks.Intake;
using AiSec.Playbooks.Orchestration;
using AiSec.Shared.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Playbooks;

public sealed class PlaybooksFunctions(IncidentsHttpHandler http, ApprovalsHttpHandler approvals, SignalIntake intake)
{
    [Function(nameof(IncidentOrchestrator))]
    public Task<IncidentOutcome> RunIncidentAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new IncidentOrchestrator().RunAsync(context, context.GetInput<IncidentRun>()!);

    [Function(nameof(AnnounceIncidentActivity))]
    public Task<int> AnnounceAsync([ActivityTrigger] IncidentRun input, FunctionContext context) =>
        Run<AnnounceIncidentActivity, IncidentRun, int>(context, input);

    [Function(nameof(RunStepActivity))]
    public Task<StepResult> RunStepAsync([ActivityTrigger] StepRun input, FunctionContext context) =>
        Run<RunStepActivity, StepRun, StepResult>(context, input);

    [Function(nameof(FinishStepActivity))]
    public Task<bool> FinishStepAsync([ActivityTrigger] StepEnd input, FunctionContext context) =>
        Run<FinishStepActivity, StepEnd, bool>(context, input);

    [Function(nameof(StartHumanStepActivity))]
    public Task<bool> StartHumanStepAsync([ActivityTrigger] HumanStepWork input, FunctionContext context) =>
        Run<StartHumanStepActivity, HumanStepWork, bool>(context, input);

    [Function(nameof(NoteStepOverdueActivity))]
    public Task<bool> NoteStepOverdueAsync([ActivityTrigger] HumanStepWork input, FunctionContext context) =>
        Run<NoteStepOverdueActivity, HumanStepWork, bool>(context, input);

    [Function(nameof(EscalateActivity))]
    public Task<string> EscalateAsync([ActivityTrigger] EscalationWork input, FunctionContext context) =>
        Run<EscalateActivity, EscalationWork, string>(context, input);

    [Function(nameof(CloseOnRejectionActivity))]
    public Task<bool> CloseOnRejectionAsync([ActivityTrigger] StepEnd input, FunctionContext context) =>
        Run<CloseOnRejectionActivity, StepEnd, bool>(context, input);

    [Function(nameof(FinishIncidentActivity))]
    public Task<bool> FinishIncidentAsync([ActivityTrigger] string input, FunctionContext context) =>
        Run<FinishIncidentActivity, string, bool>(context, input);

    // Anonymous at the Functions level: the handler authenticates with a guardrail key or the signed-in principal.
    [Function("IncidentsOpen")]
    public Task<IResult> OpenAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "incidents")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        http.OpenAsync(request, durable, cancellationToken);

    [Function("IncidentsList")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "incidents")] HttpRequest request, CancellationToken cancellationToken) =>
        http.ListAsync(request, cancellationToken);

    [Function("IncidentsGet")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "incidents/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        http.GetAsync(request, id, cancellationToken);

    // Behind App Service Authentication (not in its excluded paths): the page needs the signed-in principal.
    [Function("ApprovalsPage")]
    public Task<IResult> ApprovalPageAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "approvals/{token}")] HttpRequest request, string token, CancellationToken cancellationToken) =>
        approvals.GetAsync(request, token, cancellationToken);

    [Function("ApprovalsDecide")]
    public Task<IResult> ApprovalDecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "approvals/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        approvals.PostAsync(request, token, durable, cancellationToken);

    // The Functions host retries a failed message and moves it to incident-signals-poison after maxDequeueCount.
    [Function("IncidentSignals")]
    public Task OnSignalAsync(
        [QueueTrigger(StorageNames.Queues.IncidentSignals)] string message, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        intake.HandleAsync(message, durable, cancellationToken);

    /// <summary>Runs an activity class under Durable Functions, resolved from the invocation's services like the local worker does.</summary>
    private static Task<TOut> Run<TActivity, TIn, TOut>(FunctionContext context, TIn input)
        where TActivity : TaskActivity<TIn, TOut> =>
        ActivatorUtilities.CreateInstance<TActivity>(context.InstanceServices).RunAsync(new FunctionsActivityContext(context), input);

    private sealed class FunctionsActivityContext(FunctionContext context) : TaskActivityContext
    {
        public override TaskName Name => context.FunctionDefinition.Name;

        public override string InstanceId =>
            context.BindingContext.BindingData.TryGetValue("instanceId", out var id) ? id?.ToString() ?? "" : "";
    }
}
