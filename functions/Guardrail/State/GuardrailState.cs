using AiSec.Guardrail.EmergencyRules;
using AiSec.Shared.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiSec.Guardrail.State;

/// <summary>
/// Keeps the current <see cref="GuardrailSnapshot"/>: re-reads policies, keys and emergency rules every
/// <c>Guardrail:RefreshInterval</c> (2 s by default), so a rule pushed on one instance is enforced by every
/// instance within seconds, without restarts. A failed refresh keeps the last good snapshot.
/// </summary>
public sealed partial class GuardrailState(
    AiSecStorage storage,
    IOptions<GuardrailOptions> options,
    TimeProvider time,
    ILogger<GuardrailState> logger) : BackgroundService
{
    // The store is the capability's own table layout, internal so that changes can only go through GuardrailAdmin.
    private readonly GuardrailStore _store = new(storage);
    private readonly TaskCompletionSource _firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile GuardrailSnapshot _current = GuardrailSnapshot.Empty;

    public GuardrailSnapshot Current => _current;

    /// <summary>Completes after the first successful load (tests and the first request can wait for it).</summary>
    public Task Loaded => _firstLoad.Task;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var policies = await _store.LoadPoliciesAsync(cancellationToken);
        var keys = await _store.LoadKeysAsync(cancellationToken);
        var rules = await _store.LoadRulesAsync(cancellationToken);
        var compiled = new List<CompiledEmergencyRule>(rules.Count);
        foreach (var rule in rules.Values)
        {
            try
            {
                compiled.Add(CompiledEmergencyRule.Compile(rule));
            }
            catch (ArgumentException ex)
            {
                // Validated on insert; a row edited by hand must not take the others down with it.
                LogInvalidRule(logger, ex, rule.Id);
            }
        }

        _current = new GuardrailSnapshot(policies, keys, compiled, time.GetUtcNow());
        _firstLoad.TrySetResult();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRefreshFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Could not refresh guardrail policies, keys and rules; keeping the last good set")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Emergency rule {RuleId} is invalid and is skipped")]
    private static partial void LogInvalidRule(ILogger logger, Exception exception, string ruleId);
}
