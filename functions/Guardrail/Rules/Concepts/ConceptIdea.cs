using AiSec.Guardrail.Normalization;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// One idea of <see cref="ConceptLexicon"/>: its words, each a stem that must start a word ("unut" is not found in
/// "minute") or, when short or written with a trailing space, a whole word. Chinese, Japanese and Korean words have
/// no spaces around them, so they match anywhere. Terms are folded as the normalizer folds text (a Turkish ı reads i).
/// </summary>
public sealed class ConceptIdea(string name, IEnumerable<string> terms)
{
    public string Name { get; } = name;

    public IReadOnlyList<ConceptTerm> Terms { get; } = terms
        .Select(t => new ConceptTerm(WordText.Fold(Confusables.FoldInLatinWords(t.Trim())), t.EndsWith(' ') || t.Trim().Length <= 3))
        .DistinctBy(t => t.Text, StringComparer.OrdinalIgnoreCase)
        .ToArray();

    public override string ToString() => Name;
}

/// <param name="Text">The term with its punctuation turned into spaces, as <see cref="WordText"/> reads text.</param>
/// <param name="WholeWord">Whether the term must also end a word.</param>
public readonly record struct ConceptTerm(string Text, bool WholeWord)
{
    public bool IsCjk => Text.Length > 0 && WordText.IsCjk(Text[0]);
}
