using System.CommandLine;
using System.Globalization;
using AiSec.Cli.Infrastructure;
using AiSec.LocalHost.Emulator;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Records;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec audit tail|export|verify|public-key</c>: read, export and prove the tamper-evident audit log.</summary>
public static class AuditCommands
{
    public static Command Create()
    {
        var command = new Command("audit", "Read, export and verify the tamper-evident audit log.");
        command.Subcommands.Add(AuditTailCommand.Create());
        command.Subcommands.Add(AuditExportCommand.Create());
        command.Subcommands.Add(AuditVerifyCommand.Create());
        command.Subcommands.Add(PublicKey());
        return command;
    }

    public static Option<string?> StreamOption() => new("--stream")
    {
        Description = "Only this stream (guardrail, discovery, risk, playbooks, admin, ...).",
    };

    public static string? ParseStream(ParseResult parse, Option<string?> option)
    {
        var stream = parse.GetValue(option);
        return stream is null || AuditRecordFormat.IsValidStreamName(stream)
            ? stream
            : throw new CliUsageException($"--stream '{stream}' is not a stream name (lower-case letters, digits and '-')");
    }

    /// <summary>The Audit options as the host would see them (configuration, key path resolved against the repository root).</summary>
    public static AuditOptions LoadOptions()
    {
        var options = CliHost.LoadConfiguration().GetSection(AuditOptions.SectionName).Get<AuditOptions>() ?? new AuditOptions();
        if (options.SigningKey.PemPath is { Length: > 0 } pem && !Path.IsPathRooted(pem))
        {
            options.SigningKey.PemPath = Path.GetFullPath(pem, RepositoryRoot.Find() ?? AppContext.BaseDirectory);
        }

        return options;
    }

    private static Command PublicKey()
    {
        var json = CommonOptions.Json();
        var command = new Command("public-key", "Print the public key that verifies checkpoint signatures (creates the local key on first use).") { json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            var options = LoadOptions();
            using var provider = new AuditSigningKeyProvider(Options.Create(options), NullLogger<AuditSigningKeyProvider>.Instance);
            var key = await provider.GetAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { publicKeyPem = key.PublicKey.Pem, keyId = key.KeyId });
            }
            else
            {
                Console.Out.WriteLine(key.PublicKey.Pem);
                CliOutput.Info(string.Create(CultureInfo.InvariantCulture, $"key id {key.KeyId}"));
            }

            return ExitCodes.Success;
        });
    }
}
