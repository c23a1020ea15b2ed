using System.ComponentModel.DataAnnotations;

namespace AiSec.Shared.Storage;

/// <summary>
/// Where the capabilities keep their state. Bound from the <c>Storage</c> section (app settings
/// <c>Storage__ConnectionString</c> / <c>Storage__AccountUri</c>), the same names the Functions app uses.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>A storage connection string (Azurite's, or an account's where no identity can be used).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>An account's blob endpoint, e.g. https://acct.blob.core.windows.net; signs in with DefaultAzureCredential.</summary>
    public Uri? AccountUri { get; set; }

    /// <summary>Names every queue and container with this prefix; tests use it to isolate runs sharing one account.</summary>
    [RegularExpression("^([a-z][a-z0-9]{0,11})?$", ErrorMessage = "Storage:Prefix must be empty or up to 12 lower-case letters and digits starting with a letter.")]
    public string Prefix { get; set; } = "";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || AccountUri is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString) && AccountUri is not null)
        {
            yield return new ValidationResult(
                "Set either Storage:ConnectionString or Storage:AccountUri, not both.",
                [nameof(ConnectionString), nameof(AccountUri)]);
        }

        if (AccountUri is { } uri && (!uri.IsAbsoluteUri || uri.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult(
                "Storage:AccountUri must be an absolute http(s) URI such as https://<account>.blob.core.windows.net.",
                [nameof(AccountUri)]);
        }
    }

    /// <summary>The table/queue endpoints of an account, derived from its blob endpoint.</summary>
    public Uri ServiceUri(string service)
    {
        var blob = AccountUri ?? throw new InvalidOperationException("Storage:AccountUri is not set.");
        var host = blob.Host.Replace(".blob.", $".{service}.", StringComparison.OrdinalIgnoreCase);
        return new UriBuilder(blob) { Host = host }.Uri;
    }
}
