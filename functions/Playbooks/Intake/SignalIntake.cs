using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Playbooks.Definitions;
using AiSec.Playbooks.Incidents;
using AiSec.Shared.Admin;
using AiSec.Shared.Assets;
using AiSec.Shared.Signals;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Intake;

/// <summary>
/// Turns a message from the <c>incident-signals</c> queue (the guardrail's <c>attack_burst</c>, Risk's
/// <c>risk_increase</c>, a SIEM's) into an incident of the category <c>Playbooks:Signals</c> maps it to. The signal's
/// id, or else a hash of the message, is the incident's identity, so a redelivered message never opens a second
/// incident; signals about the same subject within the dedupe window join the open one.
/// </summary>
public sealed partial class SignalIntake(IncidentService incidents, AssetStore assets, IOptions<PlaybooksOptions> options, ILogger<SignalIntake> logger)
{
    /// <returns>The incident opened or joined, or null when no playbook handles the signal's type.</returns>
    /// <exception cref="InvalidInputException">The message is not a signal; the queue retries it, then poisons it.</exception>
    public async Task<OpenIncidentResult?> HandleAsync(string message, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var signal = Parse(message);
        if (!options.Value.Signals.TryGetValue(signal.Type, out var category))
        {
            LogUnmapped(logger, signal.Type, signal.Source);
            return null;
        }

        var details = signal.Details ?? [];
        var request = new OpenIncidentRequest
        {
            Category = category,
            Severity = SeverityOf(signal.Severity),
            Title = $"{signal.Type} from {signal.Source}: {signal.Subject}",
            Description = details.ToJsonString(),
            AffectedAssets = await RegisteredAsync(Strings(details, "assetId").Append(signal.Subject), cancellationToken),
            Payload = Text(details, "payload"),
            Subjects = new IncidentSubjects
            {
                UserIds = Strings(details, "userId"),
                ServicePrincipalIds = Strings(details, "servicePrincipalId"),
                Apps = Strings(details, "app"),
                ApiKeyIds = Strings(details, "keyId"),
            },
            OccurredAt = details["windowSeconds"] is JsonValue window && window.TryGetValue<double>(out var seconds) ? signal.Time.AddSeconds(-seconds) : signal.Time,
            SignalId = Text(details, "signalId") ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message))),
        };
        var result = await incidents.OpenAsync(request, Actor.System(signal.Source), durable, cancellationToken);
        LogHandled(logger, signal.Type, result.Incident.Id, result.Joined, result.Existing);
        return result;
    }

    private static IncidentSignal Parse(string message)
    {
        try
        {
            var signal = JsonSerializer.Deserialize<IncidentSignal>(message);
            return signal is { Type.Length: > 0, Source.Length: > 0 } ? signal : throw new InvalidInputException("type", "a signal needs a type and a source");
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException("message", $"not a signal ({ex.Message})");
        }
    }

    /// <summary>The queue speaks words (critical, high …); incidents speak sev1 … sev4.</summary>
    private static string? SeverityOf(string? value) => value?.ToLowerInvariant() switch
    {
        "critical" => Severity.Sev1,
        "high" => Severity.Sev2,
        "medium" => Severity.Sev3,
        "low" => Severity.Sev4,
        var other => Severity.Parse(other),
    };

    /// <summary>A signal names assets loosely (its subject may be a key, not an asset): only registered ones are kept.</summary>
    private async Task<IReadOnlyList<string>> RegisteredAsync(IEnumerable<string> candidates, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var candidate in candidates.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (await assets.FindAsync(candidate, cancellationToken) is { } asset)
            {
                found.Add(asset.Id);
            }
        }

        return found;
    }

    private static string? Text(JsonObject details, string name) =>
        details[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static IReadOnlyList<string> Strings(JsonObject details, string name) => details[name] switch
    {
        JsonArray array => [.. array.OfType<JsonValue>().Select(v => v.ToString()).Where(v => v.Length > 0)],
        JsonValue value when value.ToString() is { Length: > 0 } text => [text],
        _ => [],
    };

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Signal {Type} from {Source} has no playbook (Playbooks:Signals); ignored")]
    private static partial void LogUnmapped(ILogger logger, string type, string source);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Signal {Type} → incident {IncidentId} (joined: {Joined}, redelivered: {Existing})")]
    private static partial void LogHandled(ILogger logger, string type, string incidentId, bool joined, bool existing);
}
