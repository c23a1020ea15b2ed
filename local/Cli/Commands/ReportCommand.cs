using System.CommandLine;
using System.Text;
using AiSec.Cli.Infrastructure;
using AiSec.Program.Page;
using AiSec.Program.Report;

namespace AiSec.Cli.Commands;

/// <summary>
/// <c>aisec report [--format md|html|json] [--out FILE]</c>: where the program stands, from the same computation as
/// the dashboard page and <c>GET /api/dashboard</c> (the JSON is identical).
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "md (default), html (the dashboard page, self-contained) or json (the seed's field names).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "json");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of stdout." };
        var command = new Command("report", "The program report: metrics with definitions, maturity per dimension with gaps, seed 002's metrics.") { format, output };
        return command.WithHandler(async (parse, ct) =>
        {
            var file = parse.GetValue(output);
            if (file is not null && !(file.Directory?.Exists ?? false))
            {
                throw new CliUsageException($"--out: folder '{file.DirectoryName}' does not exist");
            }

            await using var host = await CliHost.StartAsync(ct);
            var report = await host.Get<ProgramReportBuilder>().BuildAsync(ct);
            var text = parse.GetValue(format) switch
            {
                "html" => DashboardPage.Render(report),
                "json" => ReportJson.Serialize(report),
                _ => MarkdownReport.Render(report),
            };
            if (file is null)
            {
                Console.Out.WriteLine(text);
            }
            else
            {
                await File.WriteAllTextAsync(file.FullName, text, new UTF8Encoding(false), ct);
                CliOutput.Info($"report written to {file.FullName}");
            }

            return ExitCodes.Success;
        });
    }
}
