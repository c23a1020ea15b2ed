using AiSec.Playbooks.Notifications;
using AiSec.Playbooks.Teams.ActivityFeed;
using AiSec.Playbooks.Teams.Cards;
using AiSec.Playbooks.Teams.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace AiSec.Playbooks.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>Per-attempt limit of one webhook post; the notice as a whole is bounded by <c>DeliveryTimeout</c>.</summary>
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Teams notice channels (<c>Playbooks:Teams</c>): the Workflows webhook channel when any role has a channel, the
    /// Graph activity feed when <c>Playbooks:Teams:Graph:Enabled</c>. With neither, notices are logged and audited only.
    /// </summary>
    public static IServiceCollection AddTeamsNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IncidentCardFactory>();
        services.TryAddSingleton<WebhookRateLimiter>();
        services.TryAddTransient<WebhookPacingHandler>();
        var client = services.AddHttpClient(WorkflowsWebhookChannel.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler("teams-webhook", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value;
                if (options.MaxRetries > 0)
                {
                    // 408, 429 (after its Retry-After), 5xx, dropped connections and attempt timeouts are retried.
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = options.RetryDelay,
                        ShouldRetryAfterHeader = true,
                    });
                }

                pipeline.AddTimeout(AttemptTimeout);
            });
        // Added after the resilience handler, so it sits inside it: every attempt, retries included, is paced.
        client.AddHttpMessageHandler<WebhookPacingHandler>();

        if (configuration.GetSection($"{TeamsOptions.SectionName}:Channels").GetChildren().Any())
        {
            services.AddSingleton<INoticeChannel, WorkflowsWebhookChannel>();
        }

        if (configuration.GetValue<bool>($"{TeamsOptions.SectionName}:Graph:Enabled"))
        {
            services.AddSingleton<INoticeChannel, ActivityFeedChannel>();
        }

        return services;
    }
}
