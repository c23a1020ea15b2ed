using System.Reflection;
using AiSec.Guardrail.Normalization;
using AiSec.Guardrail.Rules;

namespace AiSec.Guardrail.Tests;

/// <summary>
/// A rule's anchor words are a shortcut: the regex runs only when one of them is present. Every text the detection
/// tests use (attacks and benign alike) checks that no anchor set hides a match its regex would make.
/// </summary>
public sealed class RuleAnchorTests
{
    public static TheoryData<string> TestTexts()
    {
        var texts = new[] { typeof(DetectionTests), typeof(PlantedInstructionTests), typeof(ConceptRuleTests) }
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .SelectMany(a => a.Data.OfType<string>())
            .Concat(BenignPromptTests.All().Select(row => row.Data))
            .Where(t => t.Length > 20)
            .Distinct()
            .ToList();
        var data = new TheoryData<string>();
        foreach (var text in texts)
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestTexts))]
    public void Anchor_words_never_hide_a_match(string text)
    {
        RuleWarmUp.Run();
        var normalized = TextNormalizer.Normalize(text).Text;
        foreach (var rule in CuratedRules.All.Concat(CuratedRules.IndirectOnly))
        {
            Assert.False(CuratedRules.MatchWithin(rule.Pattern, normalized) is { Success: true } && !rule.CanMatch(normalized), $"{rule.Id}: anchors hide a match in \"{text}\"");
        }

        foreach (var rule in PlantedInstructions.OnOriginalText)
        {
            Assert.False(CuratedRules.MatchWithin(rule.Pattern, text) is { Success: true } && !rule.CanMatch(text), $"{rule.Id}: anchors hide a match in \"{text}\"");
        }
    }
}
