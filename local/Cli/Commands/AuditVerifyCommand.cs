using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using AiSec.Cli.Infrastructure;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Verification;

namespace AiSec.Cli.Commands;

/// <summary>
/// <c>aisec audit verify [--stream S] [--json]</c> checks storage; <c>aisec audit verify --file FILE
/// [--public-key PEM] [--partial] [--json]</c> checks an export offline. Exit 0 intact, 1 not intact, 2 bad usage
/// or unreadable file.
/// </summary>
public static class AuditVerifyCommand
{
    public static Command Create()
    {
        var stream = AuditCommands.StreamOption();
        var file = new Option<string?>("--file") { Description = "Verify this export offline instead of storage." };
        var publicKey = new Option<string?>("--public-key")
        {
            Description = "PEM public key trusted for checkpoint signatures (default: the local signing key's).",
        };
        var partial = new Option<bool>("--partial") { Description = "Accept an export that starts after seq 1 (made with --since)." };
        var json = CommonOptions.Json();
        var command = new Command("verify", "Prove the audit log is complete and unaltered.") { stream, file, publicKey, partial, json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            var only = AuditCommands.ParseStream(parse, stream);
            AuditVerificationResult result;
            if (parse.GetValue(file) is { } path)
            {
                if (only is not null)
                {
                    throw new CliUsageException("--stream applies to storage; an export is verified whole");
                }

                using var key = TrustedKey(parse.GetValue(publicKey));
                result = await VerifyFileAsync(path, key, parse.GetValue(partial), cancellationToken);
            }
            else
            {
                if (parse.GetValue(publicKey) is not null || parse.GetValue(partial))
                {
                    throw new CliUsageException("--public-key and --partial apply to --file");
                }

                await using var host = await CliHost.StartAsync(cancellationToken);
                result = await host.Get<AuditStorageVerifier>().VerifyAsync(only, cancellationToken);
            }

            Print(result, parse.GetValue(json));
            return result.Ok ? ExitCodes.Success : ExitCodes.Failure;
        });
    }

    private static async Task<AuditVerificationResult> VerifyFileAsync(string path, AuditPublicKey key, bool partial, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"export file '{path}' does not exist");
        }

        try
        {
            return await AuditFileVerifier.VerifyAsync(path, key, partial, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read '{path}': {ex.Message}");
        }
    }

    private static AuditPublicKey TrustedKey(string? path)
    {
        try
        {
            if (path is not null)
            {
                return AuditPublicKey.FromPem(File.ReadAllText(path));
            }

            return AuditSigningKeyProvider.TryReadLocalPublicKey(AuditCommands.LoadOptions().SigningKey.PemPath)
                ?? throw new CliUsageException("no local signing key to trust: pass --public-key FILE (from 'aisec audit public-key')");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new CliUsageException($"cannot use public key '{path}': {ex.Message}");
        }
    }

    private static void Print(AuditVerificationResult result, bool json)
    {
        if (json)
        {
            CliOutput.WriteJson(result);
            return;
        }

        var streams = result.Streams.Count;
        Console.Out.WriteLine(result.Ok
            ? string.Create(CultureInfo.InvariantCulture,
                $"intact: {result.Records} records in {streams} stream(s), {result.Checkpoints} signed checkpoints")
            : string.Create(CultureInfo.InvariantCulture,
                $"NOT intact: stream {result.Stream ?? "?"}, first bad seq {result.FirstBadSeq?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {result.Reason}"));
        foreach (var s in result.Streams)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {s.Stream}: seq {s.FirstSeq}..{s.LastSeq} ({s.Records} records), signed up to seq {s.LastCheckpointSeq}"));
        }
    }
}
