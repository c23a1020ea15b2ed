namespace AiSec.Guardrail.Rules;

/// <summary>
/// An attack described by its ideas: every idea must occur within its reach of the first one, in any order, and no
/// <see cref="Unless"/> idea may be near. Rules are data: each names its family, the languages its words cover, and
/// attacks it must catch and look-alikes it must leave alone, which the tests run.
/// </summary>
/// <param name="Id">Unique; the verdict names it.</param>
/// <param name="Family">The attack family (override, extraction, jailbreak, harmful request, tool abuse).</param>
/// <param name="Reach">How far from the first idea each idea may be; an idea without an entry may be <see cref="ConceptRules.Reach"/> away.</param>
/// <param name="Unless">Ideas that, within <see cref="ConceptRules.Reach"/> of the first idea, mean the text is harmless after all.</param>
/// <param name="Where">Which texts the rule reads: any, or only documents and tool output (where nobody should give the model orders).</param>
public sealed record ConceptRule(
    string Id,
    string Family,
    string Category,
    double Score,
    ConceptIdea[] Ideas,
    int[]? Reach = null,
    ConceptIdea[]? Unless = null,
    RuleScope Where = RuleScope.Everywhere)
{
    public bool Enabled { get; init; } = true;

    /// <summary>Whether every idea must sit in the first idea's sentence ("how do I make" and "a bomb" in one request).</summary>
    public bool OneSentence { get; init; }

    /// <summary>The languages the rule's words cover ("en" or "20": English and nineteen others).</summary>
    public string Languages { get; init; } = "20";

    public IReadOnlyList<string> Attacks { get; init; } = [];

    public IReadOnlyList<string> LookAlikes { get; init; } = [];

    public int ReachOf(int idea) => Reach is not null && idea < Reach.Length ? Reach[idea] : ConceptRules.Reach;

    public IEnumerable<ConceptIdea> AllIdeas() => Unless is null ? Ideas : Ideas.Concat(Unless);

    public bool Reads(TextRole role) => Where switch
    {
        RuleScope.ContentOnly => role == TextRole.Content,
        RuleScope.Documents => role != TextRole.UserText,
        _ => true,
    };

    /// <summary>The first place where every idea occurs within its reach of an occurrence of the first idea.</summary>
    public (int Start, int End)? FindIn(ConceptOccurrences found)
    {
        foreach (var idea in Ideas)
        {
            if (!found.Has(idea))
            {
                return null;
            }
        }

        foreach (var (start, end) in found.Of(Ideas[0]))
        {
            if (Unless is not null && Unless.Any(u => found.Of(u).Any(o => o.End >= start - ConceptRules.Reach && o.Start <= end + ConceptRules.Reach)))
            {
                continue;
            }

            int from = start, to = end;
            var all = true;
            for (var i = 1; i < Ideas.Length && all; i++)
            {
                var reach = ReachOf(i);
                var near = found.Of(Ideas[i]).FirstOrDefault(o => o.End >= start - reach && o.Start <= end + reach && (o.Start >= end || o.End <= start)
                    && !(OneSentence && found.SentenceBreakBetween((start, end), o)));
                all = near != default;
                from = Math.Min(from, all ? near.Start : from);
                to = Math.Max(to, all ? near.End : to);
            }

            if (all)
            {
                return (from, to);
            }
        }

        return null;
    }
}

/// <summary>Which texts a rule reads.</summary>
public enum RuleScope
{
    /// <summary>Any text.</summary>
    Everywhere,

    /// <summary>Documents and tool output, and a document the user pasted after a task.</summary>
    Documents,

    /// <summary>Documents and tool output only.</summary>
    ContentOnly,
}
