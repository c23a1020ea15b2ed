using System.ComponentModel.DataAnnotations;

namespace AiSec.Playbooks.Approvals;

/// <summary>The <c>Playbooks:Approvals</c> section: where approval links point, how long they last, how they are signed.</summary>
public sealed class ApprovalOptions : IValidatableObject
{
    public const string SectionName = "Playbooks:Approvals";

    /// <summary>The public URL of the approval page that links are built on (<c>https://&lt;app host&gt;/api/approvals</c> in Azure).</summary>
    public Uri BaseUrl { get; set; } = new("http://127.0.0.1:7071/api/approvals");

    /// <summary>How long a link stays valid; empty: the step's timeout (on the run's clock) plus one hour.</summary>
    public TimeSpan? TokenLifetime { get; set; }

    /// <summary>
    /// Accept a name typed into the page instead of a signed-in principal. Local development only: nothing verifies
    /// the name, so the host warns at start while it is on.
    /// </summary>
    public bool DevIdentity { get; set; }

    /// <summary>How many different approvers a SEV1 containment step needs (N of the role's M members).</summary>
    [Range(1, 10, ErrorMessage = "Playbooks:Approvals:Sev1Quorum must be between 1 and 10.")]
    public int Sev1Quorum { get; set; } = 2;

    /// <summary>How long a role membership answer from Microsoft Graph is reused.</summary>
    public TimeSpan MembershipCacheDuration { get; set; } = TimeSpan.FromMinutes(2);

    public ApprovalKeyOptions SigningKey { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is not { IsAbsoluteUri: true } || BaseUrl.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Playbooks:Approvals:BaseUrl must be an absolute http(s) URL such as https://<app host>/api/approvals.", [nameof(BaseUrl)]);
        }

        if (TokenLifetime is { } lifetime && (lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromDays(30)))
        {
            yield return new ValidationResult("Playbooks:Approvals:TokenLifetime must be between 00:00:01 and 30.00:00:00.", [nameof(TokenLifetime)]);
        }

        if (MembershipCacheDuration < TimeSpan.Zero || MembershipCacheDuration > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Playbooks:Approvals:MembershipCacheDuration must be between 00:00:00 and 01:00:00.", [nameof(MembershipCacheDuration)]);
        }

        if (SigningKey.KeyVaultUri is { } vault && (!vault.IsAbsoluteUri || vault.Scheme != "https"))
        {
            yield return new ValidationResult("Playbooks:Approvals:SigningKey:KeyVaultUri must be an absolute https URI such as https://<vault>.vault.azure.net/.", [nameof(SigningKey)]);
        }

        if (SigningKey.KeyVaultUri is null && string.IsNullOrWhiteSpace(SigningKey.Path))
        {
            yield return new ValidationResult("Set Playbooks:Approvals:SigningKey:Path (local) or Playbooks:Approvals:SigningKey:KeyVaultUri and SecretName (Azure).", [nameof(SigningKey)]);
        }

        if (SigningKey.KeyVaultUri is not null && string.IsNullOrWhiteSpace(SigningKey.SecretName))
        {
            yield return new ValidationResult("Playbooks:Approvals:SigningKey:SecretName is required with Playbooks:Approvals:SigningKey:KeyVaultUri.", [nameof(SigningKey)]);
        }
    }
}

/// <summary>
/// The HMAC key approval links are signed with: a Key Vault secret in Azure (base64 of at least 32 random bytes,
/// <c>openssl rand -base64 32</c>), read with the SDK and the app's identity; else a local key file created once.
/// </summary>
public sealed class ApprovalKeyOptions
{
    /// <summary>Local key file (base64), created on first use with mode 600; relative to the working directory.</summary>
    public string? Path { get; set; } = ".aisec/approval-token.key";

    public Uri? KeyVaultUri { get; set; }

    public string? SecretName { get; set; } = "approval-token-key";
}
