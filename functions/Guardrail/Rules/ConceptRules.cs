namespace AiSec.Guardrail.Rules;

/// <summary>
/// Attacks recognised by their ideas rather than their wording: every idea of the attack (from
/// <see cref="ConceptLexicon"/>) must occur within a short stretch of text, in any order and any of the lexicon's
/// languages. This is what carries the curated rules over to paraphrases and to languages with few examples.
/// </summary>
/// <remarks>
/// Hand-written because a regex cannot say "all of these, in any order, close together" without listing every order.
/// Each idea is searched once over the text; the rules then only compare positions.
/// </remarks>
public static class ConceptRules
{
    /// <summary>How far apart (in characters) the ideas of one attack may be: about one sentence.</summary>
    public const int Reach = 70;

    private static readonly ConceptIdea Dismiss = new(ConceptLexicon.Dismiss);
    private static readonly ConceptIdea Instructions = new(ConceptLexicon.Instructions);
    private static readonly ConceptIdea Prior = new(ConceptLexicon.Prior);
    private static readonly ConceptIdea Reveal = new(ConceptLexicon.Reveal);
    private static readonly ConceptIdea HiddenSetup = new(ConceptLexicon.HiddenSetup);
    private static readonly ConceptIdea Without = new(ConceptLexicon.Without);
    private static readonly ConceptIdea Limits = new(ConceptLexicon.Limits);
    private static readonly ConceptIdea Respond = new(ConceptLexicon.Respond);
    private static readonly ConceptIdea KeepReminder = new(ConceptLexicon.KeepReminder);
    private static readonly ConceptIdea PromptCraft = new(ConceptLexicon.PromptCraft);

    /// <param name="Reach">How far from the first idea each idea may be; an idea without an entry may be <see cref="Reach"/> away.</param>
    /// <param name="Unless">An idea that, near the first one, means the text is harmless after all.</param>
    public sealed record ConceptRule(string Id, string Category, double Score, ConceptIdea[] Ideas, int[]? Reach = null, ConceptIdea? Unless = null)
    {
        public int ReachOf(int idea) => Reach is not null && idea < Reach.Length ? Reach[idea] : ConceptRules.Reach;
    }

    public static IReadOnlyList<ConceptRule> All { get; } =
    [
        new("concept-override", DetectionCategory.PromptInjection, 0.85, [Dismiss, Instructions, Prior], Unless: KeepReminder),
        new("concept-extraction", DetectionCategory.PromptExtraction, 0.85, [Reveal, HiddenSetup], Unless: PromptCraft),
        // "without restrictions" must be one phrase; what the model should then do may be a sentence away.
        new("concept-no-limits", DetectionCategory.Jailbreak, 0.85, [Without, Limits, Respond], [0, 25]),
    ];

    public static void Scan(string text, List<RuleMatch> matches)
    {
        var found = new Dictionary<ConceptIdea, List<(int Start, int End)>>();
        foreach (var rule in All)
        {
            if (Together(text, rule, found) is { } span)
            {
                matches.Add(new RuleMatch(rule.Id, rule.Category, rule.Score, span.Start, span.End));
            }
        }
    }

    /// <summary>The first place where every idea occurs within its reach of an occurrence of the first idea.</summary>
    private static (int Start, int End)? Together(string text, ConceptRule rule, Dictionary<ConceptIdea, List<(int Start, int End)>> found)
    {
        var ideas = rule.Ideas;
        var occurrences = new List<(int Start, int End)>[ideas.Length];
        for (var i = 0; i < ideas.Length; i++)
        {
            var list = Occurrences(text, ideas[i], found);
            if (list.Count == 0)
            {
                return null;
            }

            occurrences[i] = list;
        }

        var unless = rule.Unless is null ? [] : Occurrences(text, rule.Unless, found);
        foreach (var (start, end) in occurrences[0])
        {
            if (unless.Any(o => o.End >= start - Reach && o.Start <= end + Reach))
            {
                continue;
            }

            int from = start, to = end;
            var all = true;
            for (var i = 1; i < ideas.Length && all; i++)
            {
                var reach = rule.ReachOf(i);
                var near = occurrences[i].FirstOrDefault(o => o.End >= start - reach && o.Start <= end + reach && (o.Start >= end || o.End <= start));
                if (near == default)
                {
                    all = false;
                }
                else
                {
                    from = Math.Min(from, near.Start);
                    to = Math.Max(to, near.End);
                }
            }

            if (all)
            {
                return (from, to);
            }
        }

        return null;
    }

    private static List<(int Start, int End)> Occurrences(string text, ConceptIdea idea, Dictionary<ConceptIdea, List<(int Start, int End)>> found)
    {
        if (!found.TryGetValue(idea, out var list))
        {
            list = idea.FindAll(text);
            found[idea] = list;
        }

        return list;
    }
}
