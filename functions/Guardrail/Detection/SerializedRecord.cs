using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Detection;

/// <summary>
/// A serialized record (JSON, or a Python dict or list of them): what a tool or an API returns. It is data even when
/// an application passes it along as the user's message, so the content-only rules read it as they read a document.
/// </summary>
public static partial class SerializedRecord
{
    private const int KeysLookedAt = 600;

    public static bool LooksLike(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.Length > 0 && start[0] is '{' or '[' && Key().Count(text.AsSpan(0, Math.Min(text.Length, KeysLookedAt))) >= 2;
    }

    [GeneratedRegex(@"['""][\w ]{1,40}['""]\s*:")]
    private static partial Regex Key();
}
