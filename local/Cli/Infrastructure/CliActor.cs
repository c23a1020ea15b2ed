using AiSec.Shared.Admin;

namespace AiSec.Cli.Infrastructure;

/// <summary>Who the CLI's admin changes are recorded as: the OS user running it (<c>cli:&lt;user&gt;</c>).</summary>
public static class CliActor
{
    public static Actor Current => Actor.Cli(Environment.UserName);
}
