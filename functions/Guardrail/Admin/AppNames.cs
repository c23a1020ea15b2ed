using AiSec.Shared.Admin;

namespace AiSec.Guardrail.Admin;

/// <summary>
/// What an application name may be: it becomes a table row key (policies) and appears in keys and rules, so no
/// characters that row keys refuse and nothing unprintable.
/// </summary>
public static class AppNames
{
    public const int MaxLength = 128;

    public static string Validate(string? app, string field = "app") =>
        app is { Length: > 0 and <= MaxLength } && !string.IsNullOrWhiteSpace(app) && !app.Any(char.IsControl) && !app.Any(c => c is '/' or '\\' or '#' or '?')
            ? app
            : throw new InvalidInputException(field, $"'{app}' must be 1 to {MaxLength} printable characters without / \\ # ?");
}
