using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace AiSec.Playbooks.Actions.Graph;

/// <summary>
/// Microsoft Graph as the identity actions reach it: whether it is configured, the shared client (built on first use,
/// so a host without Graph never creates a credential), and how a failed call counts — a 4xx other than 408, 409 and
/// 429 is a permanent refusal of that target; anything else may pass and is thrown for the orchestration to retry.
/// </summary>
public sealed class GraphConnection(IOptions<GraphOptions> options, Lazy<GraphServiceClient> client)
{
    public const string NotConfigured = "Microsoft Graph is not configured (Playbooks:Graph:Enabled)";

    public GraphServiceClient Client => client.Value;

    /// <summary>Why an identity action cannot run: Graph not configured, or no target of the kind it needs; null when it can.</summary>
    /// <param name="subject">What the incident lacks, in words: "user (subjects.userIds)".</param>
    public string? SkipReason(IReadOnlyCollection<string> targets, string subject) =>
        !options.Value.Enabled ? NotConfigured
        : targets.Count == 0 ? "the incident names no " + subject
        : null;

    /// <summary>Runs one call against one target: its result, or the reason Graph refused it for good.</summary>
    public static async Task<(T? Value, string? Refusal)> CallAsync<T>(string call, Func<Task<T>> send, CancellationToken cancellationToken)
    {
        try
        {
            return (await send(), null);
        }
        catch (ApiException ex) when (IsPermanent(ex.ResponseStatusCode))
        {
            return (default, Reason(ex));
        }
        catch (Exception ex) when (ex is ApiException or AggregateException or HttpRequestException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // AggregateException is what the SDK's retry handler throws once its retries are used up.
            throw new TransientActionException($"Microsoft Graph {call} failed and may succeed later: {Reason(ex)}", ex);
        }
    }

    private static bool IsPermanent(int status) => status is >= 400 and < 500 and not (408 or 409 or 429);

    private static string Reason(Exception ex) => ex switch
    {
        ODataError { Error: { } error } odata => $"{odata.ResponseStatusCode} {error.Code}: {error.Message}",
        ApiException api => $"{api.ResponseStatusCode}: {api.Message}",
        AggregateException { InnerExceptions: [.., ApiException last] } => $"{last.ResponseStatusCode} after retries: {last.Message}",
        _ => ex.Message,
    };
}
