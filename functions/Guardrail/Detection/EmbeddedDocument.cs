using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Detection;

/// <summary>
/// A user's prompt that opens with a task on a document and then gives the document: "Summarize this email:",
/// "Here's a review to analyze:", "Answer using this document:". What follows is content, so an order in it that
/// is addressed to the assistant is an injection rather than the user's request.
/// </summary>
public static partial class EmbeddedDocument
{
    public static bool Follows(string text) => TaskOnADocument().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:please\s+|can\s+you\s+|could\s+you\s+|kindly\s+)?(?:summari[sz]e|translate|analy[sz]e|extract|proofread|triage|pull\s+(?:\w+\s+){1,3}from|give\s+(?:me\s+)?feedback\s+on|critique|comment\s+on|grade|assess|screen|tag|label|(?:reply|respond)\s+to|draft\s+an?\s+(?:reply|response|answer)\s+to|classify|review|rewrite|paraphrase|answer\s+(?:(?:the|this|my|their|a)\s+(?:[\w']+\s+){1,3})?(?:using|from|based\s+on)|read|check|evaluate|rate|categori[sz]e|use\s+(?:the\s+following|this|these)|here'?s|here\s+is)\b[^\n:]{0,100}?(?::|\n)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 50)]
    private static partial Regex TaskOnADocument();
}
