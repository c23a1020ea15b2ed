using System.Text.Json.Nodes;
using AiSec.Discovery.AzureArm;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// Resource Manager as the Azure containment actions reach it: Discovery's client (same endpoint, credential and retry
/// settings, <c>Discovery:Azure:*</c>), whether the actions may run, how a failed call counts, and how to wait for a
/// long-running change. A 4xx other than 408, 409 and 429 (or a resource lock, <c>ScopeLocked</c>) refuses that target
/// for good; anything else may pass and is thrown for the orchestration to retry.
/// </summary>
public sealed class AzureContainment(
    IOptions<ContainmentOptions> containment, IOptions<AzureDiscoveryOptions> azure, Lazy<ArmRestClient> client, TimeProvider time)
{
    private static readonly string[] TerminalStates = ["Succeeded", "Failed", "Canceled"];

    public ArmRestClient Arm => client.Value;

    /// <summary>Why the actions cannot change Azure resources here, or null when they can.</summary>
    public string? Unavailable =>
        !containment.Value.ContainmentEnabled ? "containment actions are switched off (Playbooks:Actions:ContainmentEnabled)"
        : !azure.Value.Enabled ? "Azure is not configured (Discovery:Azure:Enabled)"
        : null;

    /// <summary>Runs one call against one target: its result, or the reason Resource Manager refused it for good.</summary>
    public static async Task<(T? Value, string? Refusal)> CallAsync<T>(Func<Task<T>> send, CancellationToken cancellationToken)
    {
        try
        {
            return (await send(), null);
        }
        catch (ArmRequestException ex) when (IsPermanent(ex))
        {
            return (default, ex.Message);
        }
        catch (ArmRequestException ex)
        {
            throw new TransientActionException($"Azure Resource Manager failed and may succeed later: {ex.Message}", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientActionException($"Azure Resource Manager did not answer in time: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The resource once a change has settled: at once when the answer was final, else (202 Accepted, or a provisioning
    /// state still moving) by reading it again every Retry-After or <c>Playbooks:Actions:PollInterval</c> until its
    /// provisioning state is Succeeded, Failed or Canceled. The step's timeout cancels the wait. Null when it is gone.
    /// </summary>
    public async Task<JsonObject?> SettledAsync(string id, ArmResult started, CancellationToken cancellationToken)
    {
        var resource = started.Body;
        var wait = started.RetryAfter;
        while (started.Status == 202 || resource is null || !IsTerminal(resource))
        {
            await DelayAsync(wait, cancellationToken);
            resource = await Arm.GetResourceAsync(id, ArmApiVersions.CognitiveServices, cancellationToken);
            if (resource is null)
            {
                return null;
            }

            started = started with { Status = 200 };
            wait = null;
        }

        return resource;
    }

    /// <summary>Waits until a deleted resource reads as gone; its last state when the deletion failed instead.</summary>
    public async Task<JsonObject?> GoneAsync(string id, ArmResult started, CancellationToken cancellationToken)
    {
        var wait = started.RetryAfter;
        while (true)
        {
            var resource = await Arm.GetResourceAsync(id, ArmApiVersions.CognitiveServices, cancellationToken);
            if (resource is null || HasFailed(resource))
            {
                return resource;
            }

            await DelayAsync(wait, cancellationToken);
            wait = null;
        }
    }

    /// <summary>The pause before looking at a running operation again: the service's Retry-After, else the poll interval.</summary>
    public Task DelayAsync(TimeSpan? retryAfter, CancellationToken cancellationToken) =>
        Task.Delay(retryAfter ?? containment.Value.PollInterval, time, cancellationToken);

    public static string? ProvisioningState(JsonObject resource) =>
        resource["properties"]?["provisioningState"] is JsonValue value && value.TryGetValue<string>(out var state) ? state : null;

    /// <summary>Whether the resource's last operation ended Failed or Canceled.</summary>
    public static bool HasFailed(JsonObject resource) =>
        ProvisioningState(resource) is { } state && !state.Equals("Succeeded", StringComparison.OrdinalIgnoreCase) && IsTerminal(resource);

    private static bool IsTerminal(JsonObject resource) =>
        ProvisioningState(resource) is not { } state || TerminalStates.Contains(state, StringComparer.OrdinalIgnoreCase);

    private static bool IsPermanent(ArmRequestException ex) =>
        ex.ErrorCode == "ScopeLocked" || ex.Status is >= 400 and < 500 and not (408 or 409 or 429);
}
