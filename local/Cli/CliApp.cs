using System.CommandLine;
using AiSec.Cli.Commands;
using AiSec.Cli.Infrastructure;

namespace AiSec.Cli;

/// <summary>The <c>aisec</c> command tree. Capability issues add their command groups here.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("AiSec Functions: generative-AI security program as code (local host and CLI).");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(StorageCommands.Create());
        root.Subcommands.Add(GuardCommands.Create());
        root.Subcommands.Add(RiskCommands.Create());
        root.Subcommands.Add(AssetsCommands.Create());
        root.Subcommands.Add(DiscoverCommand.Create());
        root.Subcommands.Add(AuditCommands.Create());
        root.Subcommands.Add(PlaybooksCommands.Create());
        root.Subcommands.Add(IncidentsCommands.Create());
        root.Subcommands.Add(RedTeamCommands.Create());
        root.Subcommands.Add(ReportCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            // "Unrecognized command" says more than the "required command" error the parser also reports for it.
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            return CliOutput.Fail(ExitCodes.Usage, $"{error.Message} (see 'aisec --help')");
        }

        return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
