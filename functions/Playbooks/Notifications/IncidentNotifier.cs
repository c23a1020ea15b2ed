using System.Text.Json.Nodes;
using AiSec.Playbooks.Incidents;
using Microsoft.Extensions.Logging;

namespace AiSec.Playbooks.Notifications;

/// <summary>
/// Sends a notice through every registered <see cref="INoticeChannel"/> and records each delivery (sent, failed, not
/// configured) on the incident's timeline and in the audit log, so nobody can say they were not told.
/// </summary>
public sealed partial class IncidentNotifier(IEnumerable<INoticeChannel> channels, IncidentRecorder recorder, ILogger<IncidentNotifier> logger)
{
    public async Task<IReadOnlyList<NoticeDelivery>> NotifyAsync(IncidentNotice notice, CancellationToken cancellationToken)
    {
        LogNotice(logger, notice.IncidentId, notice.Kind, notice.Role, notice.Step);
        var deliveries = new List<NoticeDelivery>();
        foreach (var channel in channels)
        {
            deliveries.Add(await channel.SendAsync(notice, cancellationToken));
        }

        if (deliveries.Count == 0)
        {
            deliveries.Add(new NoticeDelivery("log", NoticeOutcomes.Sent, "no notification channel is configured; logged and audited only"));
        }

        foreach (var delivery in deliveries)
        {
            var details = new JsonObject
            {
                ["kind"] = notice.Kind,
                ["role"] = notice.Role,
                ["channel"] = delivery.Channel,
                ["outcome"] = delivery.Outcome,
                ["detail"] = delivery.Detail,
                ["deadline"] = notice.Deadline,
            };
            await recorder.RecordAsync(
                notice.IncidentId, TimelineKinds.Notification, "playbook",
                $"{notice.Kind} to {notice.Role} via {delivery.Channel}: {delivery.Outcome}", notice.Step, "notice_" + delivery.Outcome, delivery.Outcome, details, cancellationToken);
        }

        return deliveries;
    }

    /// <summary>False only when a channel tried and failed and none succeeded ("not configured" is no failure).</summary>
    public static bool ReachedAnyone(IReadOnlyList<NoticeDelivery> deliveries) =>
        deliveries.Any(d => d.Outcome == NoticeOutcomes.Sent) || deliveries.All(d => d.Outcome != NoticeOutcomes.Failed);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Incident {IncidentId}: {Kind} to {Role} (step {Step})")]
    private static partial void LogNotice(ILogger logger, string incidentId, string kind, string role, int? step);
}
