using System.CommandLine;
using System.Globalization;
using AiSec.Cli.Infrastructure;
using AiSec.Shared.Audit.Verification;

namespace AiSec.Cli.Commands;

/// <summary>
/// <c>aisec audit export --out FILE [--stream S] [--since T]</c>: one JSON-lines file, records (as stored) then the
/// signed checkpoints, for <c>aisec audit verify --file</c> anywhere, without storage.
/// </summary>
public static class AuditExportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "File to write (JSON lines: records, then checkpoints).", Required = true };
        var stream = AuditCommands.StreamOption();
        var since = new Option<string?>("--since")
        {
            Description = "Only records at or after this time: ISO 8601 (2026-11-01T00:00:00Z) or an age such as 90m, 24h, 7d. Verify the file with --partial.",
        };
        var json = CommonOptions.Json();
        var command = new Command("export", "Export the audit log (records then checkpoints) for offline verification.") { output, stream, since, json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            var only = AuditCommands.ParseStream(parse, stream);
            var path = parse.GetValue(output)!;
            var cutoff = ParseSince(parse.GetValue(since));
            await using var host = await CliHost.StartAsync(cancellationToken);
            var summary = await host.Get<AuditExporter>().ExportAsync(path, only, cutoff, cancellationToken);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(summary);
            }
            else
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"exported {summary.Records} records and {summary.Checkpoints} checkpoints from {summary.Streams} stream(s) to {summary.Out}"));
            }

            return ExitCodes.Success;
        });
    }

    private static DateTimeOffset? ParseSince(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length >= 2 && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            TimeSpan? age = value[^1] switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
            if (age is { } a)
            {
                return DateTimeOffset.UtcNow - a;
            }
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new CliUsageException($"--since '{value}' is neither an ISO 8601 time nor an age such as 24h or 7d");
    }
}
