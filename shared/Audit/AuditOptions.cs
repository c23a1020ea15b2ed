using System.ComponentModel.DataAnnotations;

namespace AiSec.Shared.Audit;

/// <summary>The <c>Audit</c> section: batching, buffering, rotation and checkpoint cadence, and the signing key.</summary>
public sealed class AuditOptions : IValidatableObject
{
    public const string SectionName = "Audit";

    /// <summary>The largest append block Azure accepts (4 MiB).</summary>
    public const int MaxAppendBlockBytes = 4 * 1024 * 1024;

    /// <summary>A signed checkpoint is written after this many records of a stream...</summary>
    [Range(1, 10_000_000, ErrorMessage = "Audit:CheckpointEvery must be between 1 and 10,000,000 records.")]
    public int CheckpointEvery { get; set; } = 10_000;

    /// <summary>...or this long after the first record not yet covered by one, whichever comes first.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Records queued in memory while storage is slow or down; when full, callers get an error (never a silent drop).</summary>
    [Range(1, 10_000_000, ErrorMessage = "Audit:BufferCapacity must be between 1 and 10,000,000 records.")]
    public int BufferCapacity { get; set; } = 100_000;

    /// <summary>Append blobs take at most 50,000 blocks; the writer rotates to the next part one block before this.</summary>
    [Range(2, 50_000, ErrorMessage = "Audit:MaxBlocksPerBlob must be between 2 and 50,000.")]
    public int MaxBlocksPerBlob { get; set; } = 50_000;

    /// <summary>Bytes per append block (at most 4 MiB); many records go into one block.</summary>
    [Range(1024, MaxAppendBlockBytes, ErrorMessage = "Audit:MaxBlockBytes must be between 1 KiB and 4 MiB.")]
    public int MaxBlockBytes { get; set; } = MaxAppendBlockBytes;

    /// <summary>Records taken from the buffer per write cycle.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Audit:MaxBatchRecords must be between 1 and 1,000,000.")]
    public int MaxBatchRecords { get; set; } = 20_000;

    /// <summary>
    /// How long the writer lets buffered records gather before a write cycle, so that a busy host makes a few large
    /// appends a second instead of one small append per record or two. Durable records, flushes and shutdown cut it
    /// short, so only fire-and-forget records wait.
    /// </summary>
    public TimeSpan BatchLinger { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The largest single record; bigger details are rejected at <see cref="IAuditLog.AppendAsync"/>.</summary>
    [Range(512, MaxAppendBlockBytes, ErrorMessage = "Audit:MaxRecordBytes must be between 512 bytes and 4 MiB.")]
    public int MaxRecordBytes { get; set; } = 256 * 1024;

    /// <summary>How long a <see cref="AuditDurability.Durable"/> caller waits for its record to be persisted before it gets an error.</summary>
    public TimeSpan DurableTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a <see cref="AuditDurability.Buffered"/> caller waits for room in a full buffer before it gets an error.</summary>
    public TimeSpan BufferFullTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public AuditSigningKeyOptions SigningKey { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CheckpointInterval <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Audit:CheckpointInterval must be positive (e.g. 00:01:00).", [nameof(CheckpointInterval)]);
        }

        if (BatchLinger < TimeSpan.Zero || BatchLinger > TimeSpan.FromSeconds(10))
        {
            yield return new ValidationResult("Audit:BatchLinger must be between 00:00:00 and 00:00:10 (e.g. 00:00:00.100).", [nameof(BatchLinger)]);
        }

        if (DurableTimeout <= TimeSpan.Zero || BufferFullTimeout < TimeSpan.Zero)
        {
            yield return new ValidationResult("Audit:DurableTimeout must be positive and Audit:BufferFullTimeout must not be negative.", [nameof(DurableTimeout)]);
        }

        if (MaxRecordBytes > MaxBlockBytes)
        {
            yield return new ValidationResult("Audit:MaxRecordBytes must not exceed Audit:MaxBlockBytes.", [nameof(MaxRecordBytes)]);
        }

        var key = SigningKey;
        if (key.KeyVaultUri is { } vault && (!vault.IsAbsoluteUri || vault.Scheme != "https"))
        {
            yield return new ValidationResult("Audit:SigningKey:KeyVaultUri must be an absolute https URI such as https://<vault>.vault.azure.net/.", ["SigningKey"]);
        }

        if (key.KeyVaultUri is null && string.IsNullOrWhiteSpace(key.PemPath))
        {
            yield return new ValidationResult("Set Audit:SigningKey:PemPath (local) or Audit:SigningKey:KeyVaultUri and SecretName (Azure).", ["SigningKey"]);
        }

        if (key.KeyVaultUri is not null && string.IsNullOrWhiteSpace(key.SecretName))
        {
            yield return new ValidationResult("Audit:SigningKey:SecretName is required with Audit:SigningKey:KeyVaultUri.", ["SigningKey"]);
        }
    }
}

/// <summary>Where the ECDSA P-256 checkpoint signing key lives: a Key Vault secret (PEM) in Azure, else a local PEM file.</summary>
public sealed class AuditSigningKeyOptions
{
    /// <summary>Local PEM (PKCS#8) file, created on first use; relative paths resolve against the repository/content root.</summary>
    public string? PemPath { get; set; } = ".aisec/audit-signing.pem";

    public Uri? KeyVaultUri { get; set; }

    public string? SecretName { get; set; } = "audit-signing-key";
}
