using System.ComponentModel.DataAnnotations;

namespace AiSec.Playbooks.Actions.Graph;

/// <summary>The <c>Playbooks:Graph</c> section: where Microsoft Graph is and how the identity actions sign in to it.</summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string SectionName = "Playbooks:Graph";

    /// <summary>Off by default: a fresh local install has no Entra identity, so the identity actions end skipped.</summary>
    public bool Enabled { get; set; }

    /// <summary>The Graph version root; national clouds and test fakes set their own.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0/");

    /// <summary>Token audience; empty means the base URL's host (true for the public and national clouds).</summary>
    public string? Audience { get; set; }

    /// <summary><c>default</c> (DefaultAzureCredential), <c>managedidentity</c> or <c>static-token</c>.</summary>
    [RegularExpression("^(default|managedidentity|static-token)$", ErrorMessage = "Playbooks:Graph:Credential must be default, managedidentity or static-token.")]
    public string Credential { get; set; } = "default";

    /// <summary>Client id of a user-assigned managed identity (with <c>managedidentity</c>).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Bearer token for <c>static-token</c>: tests and air-gapped runs only.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Retries of a throttled (429) or unavailable (503, 504) call; the SDK's retry handler allows at most 10.</summary>
    [Range(0, 10, ErrorMessage = "Playbooks:Graph:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off when Graph sends no Retry-After, in whole seconds (the SDK's unit), doubled on each retry.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && Credential == "static-token" && string.IsNullOrWhiteSpace(AccessToken))
        {
            yield return new ValidationResult("Playbooks:Graph:Credential is static-token but Playbooks:Graph:AccessToken is empty.", [nameof(AccessToken)]);
        }

        if (BaseUrl is { IsAbsoluteUri: false } || BaseUrl?.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Playbooks:Graph:BaseUrl must be an absolute http(s) URL such as https://graph.microsoft.com/v1.0/.", [nameof(BaseUrl)]);
        }

        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromSeconds(180))
        {
            yield return new ValidationResult("Playbooks:Graph:RetryDelay must be between 00:00:00 and 00:03:00.", [nameof(RetryDelay)]);
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Playbooks:Graph:RequestTimeout must be more than 00:00:00.", [nameof(RequestTimeout)]);
        }
    }
}
