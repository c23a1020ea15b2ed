using System.Security.Cryptography;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AiSec.Playbooks.Approvals;

/// <summary>
/// Loads the approval-link key once: the Key Vault secret (Azure.Security.KeyVault.Secrets, the app's identity) when
/// <c>Playbooks:Approvals:SigningKey:KeyVaultUri</c> is set, else the local key file, created on first use (mode 600,
/// under the git-ignored <c>.aisec/</c>). Every instance and the CLI read the same key, so a link signed by one is
/// checked by any other.
/// </summary>
public sealed partial class ApprovalKeyProvider(IOptions<ApprovalOptions> options, ILogger<ApprovalKeyProvider> logger) : IDisposable
{
    private const int MinKeyBytes = 32;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SymmetricSecurityKey? _key;

    public async Task<SymmetricSecurityKey> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= new SymmetricSecurityKey(await LoadAsync(options.Value.SigningKey, cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> LoadAsync(ApprovalKeyOptions settings, CancellationToken cancellationToken)
    {
        if (settings.KeyVaultUri is { } vault)
        {
            var secret = await new SecretClient(vault, new DefaultAzureCredential()).GetSecretAsync(settings.SecretName, cancellationToken: cancellationToken);
            return Decode(secret.Value.Value, $"Key Vault secret {settings.SecretName}");
        }

        var path = Path.GetFullPath(settings.Path!);
        if (!File.Exists(path))
        {
            await CreateAsync(path, cancellationToken);
        }

        return Decode(await File.ReadAllTextAsync(path, cancellationToken), path);
    }

    private async Task CreateAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var writer = new StreamWriter(new FileStream(temporary, file)))
        {
            await writer.WriteAsync(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinKeyBytes)).AsMemory(), cancellationToken);
        }

        try
        {
            // Two processes may start at once: the first move wins and both read its key.
            File.Move(temporary, path, overwrite: false);
            LogCreated(logger, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    private static byte[] Decode(string text, string source)
    {
        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text.Trim(), bytes, out var length) || length < MinKeyBytes)
        {
            throw new InvalidOperationException($"The approval-link key in {source} must be base64 of at least {MinKeyBytes} random bytes (openssl rand -base64 32).");
        }

        return bytes[..length];
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(EventId = 800, Level = LogLevel.Information, Message = "Created the approval-link signing key at {Path}")]
    private static partial void LogCreated(ILogger logger, string path);
}
