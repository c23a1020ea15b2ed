using System.ComponentModel.DataAnnotations;

namespace AiSec.Discovery.AzureArm;

/// <summary>The <c>Discovery:Azure</c> section: where Resource Manager is, which subscriptions, how to sign in.</summary>
public sealed class AzureDiscoveryOptions : IValidatableObject
{
    public const string SectionName = "Discovery:Azure";

    /// <summary>Off by default so a fresh local install does not try to reach Azure; the Bicep deployment turns it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>Public cloud by default; sovereign clouds and test fakes set their own.</summary>
    [Required]
    public Uri ResourceManagerEndpoint { get; set; } = new("https://management.azure.com/");

    /// <summary>Token audience; empty means the endpoint itself (true for the public and sovereign clouds).</summary>
    public string? Audience { get; set; }

    /// <summary>Subscriptions to scan; empty means every subscription the identity can read.</summary>
    public string[] SubscriptionIds { get; set; } = [];

    /// <summary><c>default</c> (DefaultAzureCredential), <c>managedidentity</c> or <c>static-token</c>.</summary>
    [RegularExpression("^(default|managedidentity|static-token)$", ErrorMessage = "Discovery:Azure:Credential must be default, managedidentity or static-token.")]
    public string Credential { get; set; } = "default";

    /// <summary>Client id of a user-assigned managed identity (with <c>managedidentity</c>).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Bearer token for <c>static-token</c>: tests and air-gapped runs only.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Cognitive Services account kinds that are AI services worth inventorying.</summary>
    public string[] AccountKinds { get; set; } =
        ["OpenAI", "AIServices", "CognitiveServices", "ContentSafety", "TextAnalytics", "FormRecognizer", "ComputerVision", "SpeechServices"];

    /// <summary>How many accounts and workspaces are read at once; ARM throttles per identity, so keep it modest.</summary>
    [Range(1, 64)]
    public int MaxParallelism { get; set; } = 16;

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>First retry delay; Azure.Core backs off exponentially from it unless the service sends Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && Credential == "static-token" && string.IsNullOrWhiteSpace(AccessToken))
        {
            yield return new ValidationResult("Discovery:Azure:Credential is static-token but Discovery:Azure:AccessToken is empty.", [nameof(AccessToken)]);
        }
    }
}
