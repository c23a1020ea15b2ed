using AiSec.Guardrail.Normalization;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// One idea of <see cref="ConceptLexicon"/>: its words, each a stem that must start a word ("unut" is not found in
/// "minute") or, when short or written with a trailing space, a whole word. Chinese, Japanese and Korean words have
/// no spaces around them, so they match anywhere. Terms are folded as the normalizer folds text (a Turkish ı reads i).
/// <para>
/// An idea can also be made of other ideas: <see cref="AnyOf"/> (any of them) or <see cref="Near"/> (two of them
/// close together, in either order), so "the model's set-up" is "your / you were given" near "instructions / rules".
/// </para>
/// </summary>
public sealed class ConceptIdea
{
    public ConceptIdea(string name, IEnumerable<string> terms)
    {
        Name = name;
        Terms = terms
            .Select(t => new ConceptTerm(WordText.Fold(Confusables.FoldInLatinWords(t.Trim())), t.EndsWith(' ') || t.Trim().Length <= 3))
            .DistinctBy(t => t.Text, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        Parts = [];
    }

    private ConceptIdea(string name, ConceptIdea[] parts, int reach, bool ordered, bool oneSentence = true, bool spanOfFirst = false)
    {
        SpanOfFirst = spanOfFirst;
        Name = name;
        Terms = [];
        Parts = parts;
        Reach = reach;
        Ordered = ordered;
        OneSentence = oneSentence;
    }

    public string Name { get; }

    public IReadOnlyList<ConceptTerm> Terms { get; }

    /// <summary>The ideas this one is made of; empty for an idea of words.</summary>
    public IReadOnlyList<ConceptIdea> Parts { get; }

    /// <summary>For <see cref="Near"/>: how many characters may separate the two parts; 0 for <see cref="AnyOf"/>.</summary>
    public int Reach { get; }

    /// <summary>For <see cref="Near"/>: whether the second part must come after the first ("your" before "instructions").</summary>
    public bool Ordered { get; }

    /// <summary>For <see cref="Near"/>: whether both parts must be in one sentence (a phrase), or may be in neighbouring ones.</summary>
    public bool OneSentence { get; }

    /// <summary>For <see cref="Within"/>: the occurrence is the first part's; the second is only the context it needs.</summary>
    public bool SpanOfFirst { get; }

    public bool IsComposite => Parts.Count > 0;

    /// <summary>Any of the ideas, wherever each occurs.</summary>
    public static ConceptIdea AnyOf(string name, params ConceptIdea[] ideas) => new(name, ideas, 0, false);

    /// <summary>Both ideas within <paramref name="reach"/> characters of each other, in either order; the span covers both.</summary>
    public static ConceptIdea Near(string name, ConceptIdea first, ConceptIdea second, int reach, bool oneSentence = true) =>
        new(name, [first, second], reach, false, oneSentence);

    /// <summary>The first idea where the second is within <paramref name="reach"/> characters, up to a sentence away; the occurrence is the first idea's.</summary>
    public static ConceptIdea Within(string name, ConceptIdea idea, ConceptIdea context, int reach) => new(name, [idea, context], reach, false, oneSentence: false, spanOfFirst: true);

    /// <summary>The second idea within <paramref name="reach"/> characters after the first.</summary>
    public static ConceptIdea Followed(string name, ConceptIdea first, ConceptIdea second, int reach) => new(name, [first, second], reach, true);

    /// <summary>This idea and every idea it is made of.</summary>
    public IEnumerable<ConceptIdea> SelfAndParts() => Parts.SelectMany(p => p.SelfAndParts()).Prepend(this);

    public override string ToString() => Name;
}

/// <param name="Text">The term with its punctuation turned into spaces, as <see cref="WordText"/> reads text.</param>
/// <param name="WholeWord">Whether the term must also end a word.</param>
public readonly record struct ConceptTerm(string Text, bool WholeWord)
{
    public bool IsCjk => Text.Length > 0 && WordText.IsCjk(Text[0]);
}
