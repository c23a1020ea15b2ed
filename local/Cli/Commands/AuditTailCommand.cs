using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Shared.Audit.Storage;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec audit tail [--stream S] [-n N] [--json]</c>: the newest records, oldest first.</summary>
public static class AuditTailCommand
{
    public static Command Create()
    {
        var stream = AuditCommands.StreamOption();
        var count = new Option<int>("-n", "--count") { Description = "How many records.", DefaultValueFactory = _ => 20 };
        var json = CommonOptions.Json();
        var command = new Command("tail", "Show the newest audit records.") { stream, count, json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            var only = AuditCommands.ParseStream(parse, stream);
            var n = parse.GetValue(count);
            if (n is < 1 or > 100_000)
            {
                throw new CliUsageException("-n must be between 1 and 100000");
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            var reader = host.Get<AuditStorageReader>();
            var streams = only is null ? await reader.ListStreamsAsync(cancellationToken) : [only];
            var records = new List<AuditRecordView>();
            foreach (var name in streams)
            {
                records.AddRange(await reader.TailAsync(name, n, cancellationToken));
            }

            var newest = records.OrderBy(r => r.Time).ThenBy(r => r.Stream, StringComparer.Ordinal).ThenBy(r => r.Seq).TakeLast(n).ToList();
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(newest);
                return ExitCodes.Success;
            }

            if (newest.Count == 0)
            {
                CliOutput.Info("no audit records");
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("time", "stream", "seq", "actor", "action", "subject", "outcome");
            foreach (var r in newest)
            {
                table.AddRow(
                    Markup.Escape(r.Time.ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)),
                    Markup.Escape(r.Stream), r.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(r.Actor),
                    Markup.Escape(r.Action), Markup.Escape(r.Subject), Markup.Escape(r.Outcome));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
    }
}
