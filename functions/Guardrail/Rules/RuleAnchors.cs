using System.Buffers;
using System.Text;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// ASCII and non-ASCII anchor words searched separately: an all-ASCII set gets the fastest vectorized search,
/// and the non-ASCII one only runs on text that has non-ASCII characters at all.
/// </summary>
public sealed class RuleAnchors(string[] words)
{
    private readonly SearchValues<string> _ascii = SearchValues.Create(words.Where(w => Ascii.IsValid(w)).ToArray(), StringComparison.OrdinalIgnoreCase);
    private readonly SearchValues<string> _other = SearchValues.Create(words.Where(w => !Ascii.IsValid(w)).ToArray(), StringComparison.OrdinalIgnoreCase);

    public bool FoundIn(string text) =>
        text.AsSpan().ContainsAny(_ascii) || (!Ascii.IsValid(text) && text.AsSpan().ContainsAny(_other));
}
