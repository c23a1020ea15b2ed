using System.ComponentModel.DataAnnotations;

namespace AiSec.Playbooks.Teams;

/// <summary>
/// The <c>Playbooks:Teams</c> section: one Teams Workflows webhook per role channel
/// (<c>Playbooks:Teams:Channels:&lt;role&gt;:WebhookUrl</c>, a Key Vault reference in Azure), how hard a post is tried,
/// and the optional Graph activity feed.
/// </summary>
public sealed class TeamsOptions : IValidatableObject
{
    public const string SectionName = "Playbooks:Teams";

    public Dictionary<string, TeamsChannelOptions> Channels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Posts per second to one webhook URL; Teams throttles a Workflows webhook above 4.</summary>
    [Range(1, 4, ErrorMessage = "Playbooks:Teams:RequestsPerSecond must be between 1 and 4 (Teams' limit per webhook).")]
    public int RequestsPerSecond { get; set; } = 4;

    /// <summary>Retries of a post that failed for a reason that may pass (429 after its Retry-After, 5xx, a dropped connection).</summary>
    [Range(0, 10, ErrorMessage = "Playbooks:Teams:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off, doubled on each retry (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most one notice may take, retries and rate-limit waits included: the post runs inside an orchestration's
    /// activity, and a Teams outage must not hold the incident up. Past it the notice has failed and the step escalates.
    /// </summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TeamsGraphOptions Graph { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (role, channel) in Channels)
        {
            if (WebhookProblem(channel.WebhookUrl) is { } problem)
            {
                yield return new ValidationResult($"Playbooks:Teams:Channels:{role}:WebhookUrl {problem}", [nameof(Channels)]);
            }
        }

        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("Playbooks:Teams:RetryDelay must be between 00:00:00 and 00:01:00.", [nameof(RetryDelay)]);
        }

        if (DeliveryTimeout <= TimeSpan.Zero || DeliveryTimeout > TimeSpan.FromMinutes(4))
        {
            yield return new ValidationResult("Playbooks:Teams:DeliveryTimeout must be between 00:00:01 and 00:04:00 (it bounds an orchestration activity).", [nameof(DeliveryTimeout)]);
        }
    }

    /// <summary>Why a webhook URL cannot be used, or null.</summary>
    public static string? WebhookProblem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "is empty: set the Teams Workflows webhook URL of the role's channel, or remove the role.";
        }

        if (url.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase))
        {
            return "is an unresolved Key Vault reference: the secret is missing or the app cannot read it.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "must be an absolute https URL.";
        }

        if (uri.Host.EndsWith("webhook.office.com", StringComparison.OrdinalIgnoreCase) || uri.AbsolutePath.Contains("/webhookb2/", StringComparison.OrdinalIgnoreCase)
            || (uri.Host.Equals("outlook.office.com", StringComparison.OrdinalIgnoreCase) && uri.AbsolutePath.StartsWith("/webhook/", StringComparison.OrdinalIgnoreCase)))
        {
            return "is a legacy Office 365 connector webhook (…webhook.office.com/webhookb2/…), which Microsoft has retired: "
                + "create a Teams Workflows webhook instead (Workflows → \"Post to a channel when a webhook request is received\") and use its URL.";
        }

        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            return "must use https (plain http is accepted on loopback only, for local fakes).";
        }

        return null;
    }
}

public sealed class TeamsChannelOptions
{
    /// <summary>The Workflows webhook that posts to the role's channel. A secret: whoever has it can post there.</summary>
    public string? WebhookUrl { get; set; }
}

/// <summary>
/// <c>Playbooks:Teams:Graph</c>: direct notices in approvers' Teams activity feed through Microsoft Graph
/// (<c>sendActivityNotificationToRecipients</c>, TeamsActivity.Send), over the <c>Playbooks:Graph</c> connection. Needs
/// the product's Teams app (<c>infra/teams/</c>) installed for the recipients.
/// </summary>
public sealed class TeamsGraphOptions
{
    public bool Enabled { get; set; }

    /// <summary>The Teams app id of the product's app (its manifest's <c>id</c>), which declares the activity types.</summary>
    public string TeamsAppId { get; set; } = "6f0c4f1e-5b8a-4f5e-9b7a-a15ec0000001";
}
