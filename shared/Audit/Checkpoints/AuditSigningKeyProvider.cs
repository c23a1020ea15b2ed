using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiSec.Shared.Audit.Checkpoints;

/// <summary>
/// Loads the checkpoint signing key once: from the Key Vault secret (PEM) when <c>Audit:SigningKey:KeyVaultUri</c> is
/// set, else from the local PEM file, which is created (mode 600, never committed: .aisec/ is git-ignored) on first use.
/// </summary>
public sealed partial class AuditSigningKeyProvider(IOptions<AuditOptions> options, ILogger<AuditSigningKeyProvider> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuditSigningKey? _key;

    public async Task<AuditSigningKey> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await LoadAsync(options.Value.SigningKey, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The public key of the configured local PEM file if it exists (never creates one); for offline verification.</summary>
    public static AuditPublicKey? TryReadLocalPublicKey(string? pemPath) =>
        pemPath is { Length: > 0 } && File.Exists(pemPath) ? AuditPublicKey.FromPem(File.ReadAllText(pemPath)) : null;

    private async Task<AuditSigningKey> LoadAsync(AuditSigningKeyOptions settings, CancellationToken cancellationToken)
    {
        if (settings.KeyVaultUri is { } vault)
        {
            var client = new SecretClient(vault, new DefaultAzureCredential());
            var secret = await client.GetSecretAsync(settings.SecretName, cancellationToken: cancellationToken);
            return AuditSigningKey.FromPem(secret.Value.Value);
        }

        var path = Path.GetFullPath(settings.PemPath!);
        if (File.Exists(path))
        {
            return AuditSigningKey.FromPem(await File.ReadAllTextAsync(path, cancellationToken));
        }

        return await CreateLocalKeyAsync(path, cancellationToken);
    }

    private async Task<AuditSigningKey> CreateLocalKeyAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var created = AuditSigningKey.Create();
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temporary, file))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(created.ExportPrivateKeyPem().AsMemory(), cancellationToken);
        }

        try
        {
            // Another process may create the key at the same moment: the first move wins and everyone uses its key.
            File.Move(temporary, path, overwrite: false);
            LogCreated(logger, path);
            return created;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            created.Dispose();
            return AuditSigningKey.FromPem(await File.ReadAllTextAsync(path, cancellationToken));
        }
    }

    public void Dispose()
    {
        _key?.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Created the audit checkpoint signing key at {Path}")]
    private static partial void LogCreated(ILogger logger, string path);
}
