namespace AiSec.Guardrail.Detection;

/// <summary>A text to screen, who sends it and where it came from (user, document, tool or system).</summary>
public sealed record GuardrailInput(string Text, string App, string Source = Sources.User);

public static class Sources
{
    public const string User = "user";
    public const string Document = "document";
    public const string Tool = "tool";
    public const string System = "system";

    public static readonly IReadOnlyList<string> All = [User, Document, Tool, System];

    /// <summary>Text the user did not write (retrieved documents, tool output) is where indirect injection hides.</summary>
    public static bool IsIndirect(string source) => source is Document or Tool;
}
