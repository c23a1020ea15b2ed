using System.Buffers;
using System.Text.RegularExpressions;
using AiSec.Guardrail.Normalization;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// An adversarial suffix (GCG and its transfers): a plain request followed by optimizer-made token salad, words
/// fused across cases ("blogWrapperEnglette"), glued to brackets and backticks ("`/]heimer", "dep[acje"), stray and
/// unclosed brackets ("[ [Arguments [] [ ["). No package scores this, and a language model's perplexity is too heavy
/// for the hot path, so it is a hand-written count over the tail of the last line. Only a short text of at most two
/// lines that opens with plain words qualifies; a tail that reads as code or as English does not.
/// </summary>
public static partial class AdversarialSuffix
{
    public const string RuleId = "adversarial-suffix";

    private const int MaxLength = 1_000;
    private const int MaxLines = 2;
    private const int HeadTokens = 4;
    private const int TailTokens = 20;
    private const int MinTokens = 10;
    private const int MinJunk = 3;
    private const double MaxEnglishShare = 0.5;
    private static readonly SearchValues<char> GlueSymbols = SearchValues.Create("[]{}()\\$|`<>@^~");

    public static RuleMatch? Find(string text)
    {
        if (text.Length > MaxLength || !HasSaladMarks(text) || LastLine(text) is not (var lineStart, var line))
        {
            return null;
        }

        // A placeholder in braces ("{like this}", "{character}") is a prompt template, not salad.
        var tokens = Tokens().Matches(Template().Replace(line, m => new string(' ', m.Length)));
        if (tokens.Count < MinTokens || !tokens.Take(HeadTokens).All(t => PlainWord().IsMatch(t.Value)))
        {
            return null;
        }

        var tail = tokens.Skip(Math.Max(HeadTokens, tokens.Count - TailTokens)).ToList();
        var tailText = line[tail[0].Index..(tail[^1].Index + tail[^1].Length)];
        if (CodeLike().IsMatch(tailText) || EnglishShare(tail) > MaxEnglishShare)
        {
            return null;
        }

        var junk = tail.Count(t => IsJunk(t.Value)) + Math.Min(UnbalancedBrackets(tailText), 2);
        return junk < MinJunk
            ? null
            : new RuleMatch(RuleId, DetectionCategory.Jailbreak, 0.8, lineStart + tail[0].Index, lineStart + tail[^1].Index + tail[^1].Length);
    }

    /// <summary>
    /// Cheap test before any tokenizing: a suffix's tail holds brackets, backslashes or words fused across cases.
    /// Ordinary one-line prompts have none near their end, and this runs on every short prompt.
    /// </summary>
    private static bool HasSaladMarks(string text)
    {
        var tail = text.AsSpan(Math.Max(0, text.Length - TailTokens * 12));
        var marks = 0;
        for (var i = 0; i < tail.Length && marks < 2; i++)
        {
            if (GlueSymbols.Contains(tail[i]) || (i > 0 && char.IsLower(tail[i - 1]) && char.IsUpper(tail[i])))
            {
                marks++;
            }
        }

        return marks >= 2;
    }

    private static (int Start, string Line)? LastLine(string text)
    {
        var trimmed = text.TrimEnd();
        var lines = 0;
        foreach (var part in trimmed.Split('\n'))
        {
            lines += string.IsNullOrWhiteSpace(part) ? 0 : 1;
        }

        if (lines is 0 or > MaxLines)
        {
            return null;
        }

        var start = trimmed.LastIndexOf('\n') + 1;
        return (start, trimmed[start..]);
    }

    private static bool IsJunk(string token)
    {
        var letters = token.Count(char.IsLetter);
        if (letters < 2)
        {
            return letters == 0 && token.Length <= 3 && !token.Any(char.IsDigit) && token.AsSpan().ContainsAny(GlueSymbols)
                && token is not ("()" or "[]" or "{}" or "<>" or "->" or "<-");
        }

        // Prose puts brackets and quotes at a word's edges; salad glues them inside.
        var core = EdgePunctuation().Replace(token, "");
        return core.AsSpan().ContainsAny(GlueSymbols) || CaseHumps().Count(core) >= 2;
    }

    private static double EnglishShare(List<Match> tail)
    {
        var words = tail.Select(t => NonLetters().Replace(t.Value, "")).Where(w => w.Length > 0).ToList();
        return words.Count == 0 ? 0 : words.Count(w => EnglishWords.IsCommon(w)) / (double)words.Count;
    }

    private static int UnbalancedBrackets(string text) =>
        Math.Abs(text.Count(c => c == '[') - text.Count(c => c == ']'))
        + Math.Abs(text.Count(c => c == '(') - text.Count(c => c == ')'))
        + Math.Abs(text.Count(c => c == '{') - text.Count(c => c == '}'));

    [GeneratedRegex(@"\S+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^[A-Za-z'’-]+[.,:?!]?$")]
    private static partial Regex PlainWord();

    [GeneratedRegex(@"\{[\w\s/'-]{1,40}[})]")]
    private static partial Regex Template();

    [GeneratedRegex(@"^[(\[""']|[)\]""',.;:!?]+$")]
    private static partial Regex EdgePunctuation();

    [GeneratedRegex(@"\p{Ll}\p{Lu}")]
    private static partial Regex CaseHumps();

    [GeneratedRegex(@"[^\p{L}]")]
    private static partial Regex NonLetters();

    /// <summary>One-line code (an assignment, an arrow, a method call, a statement end) has brackets for a reason.</summary>
    [GeneratedRegex(@"=>|&&|\|\||\w\.\w+\(|\)\s*;|\s=\s|\b(?:return|def|function|const|var|let|SELECT|import)\b")]
    private static partial Regex CodeLike();
}
