using System.CommandLine;

namespace AiSec.Cli.Infrastructure;

public static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print machine-readable JSON on stdout." };
}
