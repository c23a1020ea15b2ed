namespace AiSec.Guardrail.Detection;

/// <summary>Collects what each stage found, per category, and turns it into the verdict's categories.</summary>
internal sealed class CategoryAccumulator
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool Any => _entries.Count > 0;

    public void Add(string category, double score, Span span, string? rule = null, string? model = null, string? type = null)
    {
        if (!_entries.TryGetValue(category, out var entry))
        {
            entry = new Entry();
            _entries[category] = entry;
        }

        if (score > entry.Score)
        {
            entry.Score = score;
            entry.Rule = rule ?? entry.Rule;
            entry.Model = model ?? entry.Model;
        }
        else
        {
            entry.Rule ??= rule;
            entry.Model ??= model;
        }

        if (rule is not null && !entry.Rules.Contains(rule))
        {
            entry.Rules.Add(rule);
        }

        if (!entry.Spans.Contains(span) && entry.Spans.Count < 50)
        {
            entry.Spans.Add(span);
        }

        if (type is not null && !entry.Types.Contains(type))
        {
            entry.Types.Add(type);
        }
    }

    public IReadOnlyList<CategoryResult> Build(Func<string, string> actionFor) =>
        _entries.OrderByDescending(e => e.Value.Score).Select(e => new CategoryResult
        {
            Name = e.Key,
            Score = Math.Round(e.Value.Score, 4),
            Spans = e.Value.Spans.OrderBy(s => s.Start).ToList(),
            Rule = e.Value.Rule,
            Rules = e.Value.Rules.Count == 0 ? null : e.Value.Rules,
            Model = e.Value.Model,
            Types = e.Value.Types.Count == 0 ? null : e.Value.Types,
            Action = actionFor(e.Key),
        }).ToList();

    private sealed class Entry
    {
        public double Score;
        public string? Rule;
        public string? Model;
        public readonly List<Span> Spans = [];
        public readonly List<string> Rules = [];
        public readonly List<string> Types = [];
    }
}
