using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Detection;

/// <summary>
/// A text that opens by naming itself the output of a tool, a function, an API or a search: "Tool result
/// (calendar.search):", "Observation from web_fetch:", "API response:", "[search result 3]", "&lt;tool_response&gt;",
/// "Result from crm.lookup:", "Retrieved doc:", "[Tool: email_reader]", "Calendar API result:", "Function get_document
/// returned:", "Database query result:". Agent frameworks pass such output along as a message, so it is content even when no
/// source says so.
/// </summary>
public static partial class ToolOutput
{
    public static bool Opens(string text) => NamedAsToolOutput().IsMatch(text);

    [GeneratedRegex(@"^\s*[\[<(]\s*(?:tool|function|api|plugin)\s*[:=]\s*[\w.-]+\s*[\]>)]|^\s*[\[<(]?\s*(?:[\w.-]+\s+){0,2}(?:(?:tool|function|api|plugin|action|search|web|browser|retrieval|http|query|database|db|sql)(?:[\s_-]+[\w.-]+)?(?:[\s_-]*(?:call|fetch|search|page|request))?[\s_-]*(?:results?|outputs?|responses?|observations?|returned|content)|observation|tool_response|function_response|retrieved\s+(?:doc(?:ument)?s?|content|pages?|context|passages?|chunks?)|(?:results?|outputs?|responses?)\s+(?:from|of)\s+[\w.()-]+)\b[^\n:\]>]{0,60}?[:\]>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 50)]
    private static partial Regex NamedAsToolOutput();
}
