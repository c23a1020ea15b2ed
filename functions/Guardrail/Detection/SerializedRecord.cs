using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Detection;

/// <summary>
/// A serialized record (JSON, or a Python dict or list of them): what a tool or an API returns. It is data even when
/// an application passes it along as the user's message, so the content-only rules read it as they read a document.
/// </summary>
public static partial class SerializedRecord
{
    public static bool LooksLike(string text) => OpensWithAKey().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:\[\s*)*\{\s*['""][\w ]{1,40}['""]\s*:")]
    private static partial Regex OpensWithAKey();
}
