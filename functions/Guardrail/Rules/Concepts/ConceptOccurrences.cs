namespace AiSec.Guardrail.Rules;

/// <summary>
/// Where each idea occurs in one text: the word ideas as <see cref="ConceptIndex"/> found them, and ideas made of
/// other ideas worked out from those the first time a rule asks (then kept for the next rule).
/// </summary>
public sealed class ConceptOccurrences(string text, Dictionary<ConceptIdea, List<(int Start, int End)>> found)
{
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\n。！？؟।");

    /// <summary>Whether a sentence ends between two occurrences (a full stop followed by a space, a line break, a CJK stop).</summary>
    public bool SentenceBreakBetween((int Start, int End) a, (int Start, int End) b)
    {
        var from = Math.Min(a.End, b.End);
        var to = Math.Max(a.Start, b.Start);
        if (to <= from)
        {
            return false;
        }

        var between = text.AsSpan(from, Math.Min(to, text.Length) - from);
        for (var at = between.IndexOfAny(SentenceEnds); at >= 0; at = NextAfter(between, at))
        {
            var c = between[at];
            // "e.g." and "3.5" do not end a sentence; ". " and a CJK stop do.
            if (c is not ('.' or '!' or '?') || at + 1 >= between.Length || between[at + 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static int NextAfter(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 1)..].IndexOfAny(SentenceEnds);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static readonly List<(int Start, int End)> None = [];

    public bool Has(ConceptIdea idea) => Of(idea).Count > 0;

    public List<(int Start, int End)> Of(ConceptIdea idea)
    {
        if (found.TryGetValue(idea, out var list))
        {
            return list;
        }

        if (!idea.IsComposite)
        {
            return None;
        }

        list = idea.Reach == 0 ? Union(idea) : Near(idea);
        found[idea] = list;
        return list;
    }

    private List<(int Start, int End)> Union(ConceptIdea idea)
    {
        var all = new List<(int Start, int End)>();
        foreach (var part in idea.Parts)
        {
            all.AddRange(Of(part));
        }

        all.Sort();
        return all;
    }

    private List<(int Start, int End)> Near(ConceptIdea idea)
    {
        var result = new List<(int Start, int End)>();
        var seconds = Of(idea.Parts[1]);
        if (seconds.Count == 0)
        {
            return result;
        }

        foreach (var (start, end) in Of(idea.Parts[0]))
        {
            foreach (var other in seconds)
            {
                var after = other.Start >= end;
                if (other.End >= start - idea.Reach && other.Start <= end + idea.Reach && (after || (!idea.Ordered && other.End <= start))
                    && !(idea.OneSentence && SentenceBreakBetween((start, end), other)))
                {
                    result.Add(idea.SpanOfFirst ? (start, end) : (Math.Min(start, other.Start), Math.Max(end, other.End)));
                    break;
                }
            }
        }

        return result;
    }
}
