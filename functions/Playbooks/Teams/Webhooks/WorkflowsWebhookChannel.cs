using System.Net.Http.Headers;
using AiSec.Playbooks.Notifications;
using AiSec.Playbooks.Teams.Cards;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace AiSec.Playbooks.Teams.Webhooks;

/// <summary>
/// Posts each notice as an Adaptive Card to the Teams channel of its role through that channel's Workflows webhook.
/// The named HTTP client retries with backoff (Microsoft.Extensions.Http.Resilience) and paces posts per URL; the
/// whole delivery is bounded by <c>Playbooks:Teams:DeliveryTimeout</c>. A role without a channel is "not configured";
/// a post that still fails is "failed" (never an exception), and the notifier escalates the step.
/// </summary>
public sealed partial class WorkflowsWebhookChannel(
    IHttpClientFactory http, IncidentCardFactory cards, IOptions<TeamsOptions> options, ILogger<WorkflowsWebhookChannel> logger) : INoticeChannel
{
    public const string HttpClientName = "teams-workflows";

    public string Name => "teams";

    public async Task<NoticeDelivery> SendAsync(IncidentNotice notice, CancellationToken cancellationToken)
    {
        if (!options.Value.Channels.TryGetValue(notice.Role, out var channel) || string.IsNullOrWhiteSpace(channel.WebhookUrl))
        {
            return new NoticeDelivery(Name, NoticeOutcomes.NotConfigured, $"no Teams channel for {notice.Role} (Playbooks:Teams:Channels:{notice.Role}:WebhookUrl)");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.DeliveryTimeout);
        try
        {
            var card = await cards.BuildAsync(notice, deadline.Token);
            var body = WorkflowsMessage.Of(card).ToUtf8();
            if (card.SizeInBytes() > AdaptiveCard.MaxBytes)
            {
                return new NoticeDelivery(Name, NoticeOutcomes.Failed, $"the card is {card.SizeInBytes():N0} bytes, over Teams' {AdaptiveCard.MaxBytes:N0}");
            }

            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.CreateClient(HttpClientName).PostAsync(new Uri(channel.WebhookUrl), content, deadline.Token);
            if (response.IsSuccessStatusCode)
            {
                return new NoticeDelivery(Name, NoticeOutcomes.Sent, $"posted to the {notice.Role} channel (HTTP {(int)response.StatusCode})");
            }

            LogFailed(logger, notice.IncidentId, notice.Role, (int)response.StatusCode);
            return new NoticeDelivery(Name, NoticeOutcomes.Failed, $"the {notice.Role} channel's webhook answered HTTP {(int)response.StatusCode} after retries");
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The URL is a secret (whoever has it can post): it is never logged or recorded, only the role.
            LogUnreachable(logger, ex, notice.IncidentId, notice.Role);
            var why = ex is OperationCanceledException or TimeoutRejectedException ? $"no answer within {options.Value.DeliveryTimeout}" : "unreachable";
            return new NoticeDelivery(Name, NoticeOutcomes.Failed, $"the {notice.Role} channel's webhook was {why} after retries");
        }
    }

    [LoggerMessage(EventId = 810, Level = LogLevel.Warning, Message = "Incident {IncidentId}: the Teams webhook of {Role} answered HTTP {Status} after retries")]
    private static partial void LogFailed(ILogger logger, string incidentId, string role, int status);

    [LoggerMessage(EventId = 811, Level = LogLevel.Warning, Message = "Incident {IncidentId}: the Teams webhook of {Role} could not be reached")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string incidentId, string role);
}
