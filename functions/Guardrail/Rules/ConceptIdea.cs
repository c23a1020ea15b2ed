using System.Buffers;
using System.Text;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// One idea of <see cref="ConceptLexicon"/>: its words searched with a vectorized multi-string search (a regex
/// alternation of a hundred words with word-boundary look-behinds is an order of magnitude slower). ASCII words
/// get the fastest search; the others are searched only in text that has non-ASCII characters at all.
/// </summary>
/// <remarks>
/// Words in alphabetic scripts must start a word (so "unut" is not found inside "minute"); short ones and those
/// written with a trailing space must also end it. Chinese, Japanese and Korean have no spaces, so theirs match anywhere.
/// </remarks>
public sealed class ConceptIdea
{
    private readonly (string Text, bool WholeWord)[] _terms;
    private readonly SearchValues<string> _ascii;
    private readonly SearchValues<string> _other;

    public ConceptIdea(IEnumerable<string> terms)
    {
        _terms = terms
            .Select(t => (Text: t.Trim(), WholeWord: t.EndsWith(' ') || t.Trim().Length <= 3))
            .DistinctBy(t => t.Text, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Text.Length)
            .ToArray();
        _ascii = SearchValues.Create(_terms.Select(t => t.Text).Where(t => Ascii.IsValid(t)).ToArray(), StringComparison.OrdinalIgnoreCase);
        _other = SearchValues.Create(_terms.Select(t => t.Text).Where(t => !Ascii.IsValid(t)).ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    public List<(int Start, int End)> FindAll(string text)
    {
        var found = FindAll(text, _ascii);
        if (!Ascii.IsValid(text))
        {
            found.AddRange(FindAll(text, _other));
            found.Sort();
        }

        return found;
    }

    private List<(int Start, int End)> FindAll(string text, SearchValues<string> search)
    {
        var found = new List<(int Start, int End)>();
        var position = 0;
        while (position < text.Length)
        {
            var offset = text.AsSpan(position).IndexOfAny(search);
            if (offset < 0)
            {
                break;
            }

            var at = position + offset;
            var length = TermAt(text, at);
            if (length > 0)
            {
                found.Add((at, at + length));
                position = at + length;
            }
            else
            {
                position = at + 1;
            }
        }

        return found;
    }

    /// <summary>The length of the longest term that starts at <paramref name="at"/> and respects its word boundaries, or 0.</summary>
    private int TermAt(string text, int at)
    {
        var startsWord = at == 0 || !char.IsLetter(text[at - 1]);
        foreach (var (term, wholeWord) in _terms)
        {
            if (!text.AsSpan(at).StartsWith(term, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = at + term.Length;
            if (IsCjk(term[0]) || (startsWord && (!wholeWord || end == text.Length || !char.IsLetter(text[end]))))
            {
                return term.Length;
            }
        }

        return 0;
    }

    private static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF';
}
