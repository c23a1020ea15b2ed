using AiSec.Guardrail.Normalization;
using AiSec.Guardrail.Rules;

namespace AiSec.Guardrail.Tests;

/// <summary>Every concept rule catches its own attack examples and leaves its own look-alikes alone.</summary>
public sealed class ConceptRuleExampleTests
{
    public static TheoryData<string, string> Attacks() => Examples(r => r.Attacks);

    public static TheoryData<string, string> LookAlikes() => Examples(r => r.LookAlikes);

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Each_rule_catches_its_attack_examples(string ruleId, string text) =>
        Assert.Contains(ruleId, Fired(ruleId, text));

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Each_rule_leaves_its_look_alikes_alone(string ruleId, string text) =>
        Assert.DoesNotContain(ruleId, Fired(ruleId, text));

    [Fact]
    public void Every_rule_has_a_unique_id_and_examples_of_both_kinds()
    {
        Assert.Equal(ConceptRules.All.Count, ConceptRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(ConceptRules.All, r => Assert.True(r.Attacks.Count > 0 && r.LookAlikes.Count > 0, r.Id));
    }

    private static TheoryData<string, string> Examples(Func<ConceptRule, IReadOnlyList<string>> pick)
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in ConceptRules.All)
        {
            foreach (var text in pick(rule))
            {
                data.Add(rule.Id, text);
            }
        }

        return data;
    }

    /// <summary>The rules that fire, reading the text in a role the rule reads (content for content-only rules).</summary>
    private static IReadOnlyList<string> Fired(string ruleId, string text)
    {
        var rule = ConceptRules.All.Single(r => r.Id == ruleId);
        var role = rule.Where == RuleScope.Everywhere ? TextRole.UserText : TextRole.Content;
        var matches = new List<RuleMatch>();
        ConceptRules.Scan(TextNormalizer.Normalize(text).Text, matches, role);
        return matches.Select(m => m.RuleId).ToList();
    }
}
