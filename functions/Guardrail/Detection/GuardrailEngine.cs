using System.Diagnostics;
using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.EmergencyRules;
using AiSec.Guardrail.Findings;
using AiSec.Guardrail.Normalization;
using AiSec.Guardrail.Pii;
using AiSec.Guardrail.Policy;
using AiSec.Guardrail.Rules;
using AiSec.Guardrail.Secrets;

namespace AiSec.Guardrail.Detection;

/// <summary>
/// The detection pipeline, in order: normalize, rules (curated and emergency), classifier, secrets, PII; then the
/// policy turns categories into a decision. Pure and thread-safe: everything it needs is passed in or immutable,
/// so one instance serves all requests and the CLI alike.
/// </summary>
public sealed class GuardrailEngine(PromptClassifier classifier)
{
    public string ModelVersion => classifier.ModelVersion;

    public PromptClassifier Classifier => classifier;

    public Verdict Check(GuardrailInput input, GuardrailPolicy policy, IReadOnlyList<CompiledEmergencyRule> emergencyRules, string requestId, DateTimeOffset now)
    {
        var started = Stopwatch.GetTimestamp();
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var found = new CategoryAccumulator();
        var findings = new List<Finding>();
        try
        {
            // Attack detection reads the text with quoted attack examples blanked when it only talks about them.
            var screened = input with { Text = QuotedMention.Mask(input.Text) };
            var normalized = Timed(stages, "normalize", () => TextNormalizer.Normalize(screened.Text));
            Timed(stages, "rules", () =>
            {
                ApplyRules(screened, normalized, found);
                ApplyEmergencyRules(input, normalized, emergencyRules, now, found);
            });
            Timed(stages, "classifier", () => ApplyClassifier(screened, normalized, policy, found));
            Timed(stages, "secrets", () => SecretScanner.Scan(input.Text, findings));
            Timed(stages, "pii", () => PiiScanner.Scan(input.Text, findings));
            foreach (var finding in findings)
            {
                found.Add(finding.Category, finding.Score, new Span(finding.Start, finding.End), type: finding.Type);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(policy, requestId, started, stages, ex);
        }

        return Decide(input.Text, policy, requestId, found, findings, stages, started);
    }

    /// <summary>Screens a model response: secrets, PII, leakage of the registered system prompt, the canary token.</summary>
    public Verdict CheckOutput(string response, GuardrailPolicy policy, string requestId)
    {
        var started = Stopwatch.GetTimestamp();
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var found = new CategoryAccumulator();
        var findings = new List<Finding>();
        try
        {
            Timed(stages, "secrets", () => SecretScanner.Scan(response, findings));
            Timed(stages, "pii", () => PiiScanner.Scan(response, findings));
            foreach (var finding in findings)
            {
                found.Add(finding.Category, finding.Score, new Span(finding.Start, finding.End), type: finding.Type);
            }

            Timed(stages, "leak", () =>
            {
                if (!string.IsNullOrEmpty(policy.SystemPrompt))
                {
                    var similarity = ShingleSimilarity.Containment(policy.SystemPrompt, response);
                    if (similarity >= policy.LeakThreshold)
                    {
                        found.Add(DetectionCategory.SystemPromptLeak, similarity, new Span(0, response.Length), rule: "system-prompt-shingles");
                    }
                }

                if (!string.IsNullOrEmpty(policy.CanaryToken))
                {
                    var at = response.IndexOf(policy.CanaryToken, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        found.Add(DetectionCategory.Canary, 1.0, new Span(at, at + policy.CanaryToken.Length), rule: "canary-token");
                    }
                }
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(policy, requestId, started, stages, ex);
        }

        return Decide(response, policy, requestId, found, findings, stages, started);
    }

    private static void ApplyRules(GuardrailInput input, NormalizedText normalized, CategoryAccumulator found)
    {
        var matches = new List<RuleMatch>();
        var role = RoleOf(input);
        CuratedRules.Scan(normalized.Text, matches, role);
        foreach (var m in matches)
        {
            var (start, end) = normalized.ToOriginal(m.Start, m.End);
            found.Add(m.Category, m.Score, new Span(start, end), rule: m.RuleId);
        }

        matches.Clear();
        PlantedInstructions.Scan(input.Text, matches);
        if (AdversarialSuffix.Find(input.Text) is { } suffix)
        {
            matches.Add(suffix);
        }

        foreach (var m in matches)
        {
            found.Add(m.Category, m.Score, new Span(m.Start, m.End), rule: m.RuleId);
        }

        foreach (var segment in normalized.Decoded)
        {
            matches.Clear();
            CuratedRules.Scan(segment.Text, matches, role);
            foreach (var m in matches)
            {
                found.Add(m.Category, m.Score, new Span(segment.Start, segment.End, segment.Encoding), rule: m.RuleId);
            }
        }
    }

    /// <summary>A tool's record or named output is content even when the application sends it as the user's message.</summary>
    private static TextRole RoleOf(GuardrailInput input) =>
        Sources.IsIndirect(input.Source) || SerializedRecord.LooksLike(input.Text) || ToolOutput.Opens(input.Text) ? TextRole.Content
        : EmbeddedDocument.Follows(input.Text) ? TextRole.UserTextWithDocument
        : TextRole.UserText;

    /// <summary>Emergency rules see the whole original text: a quote cannot hide from what responders pushed.</summary>
    private static void ApplyEmergencyRules(
        GuardrailInput input, NormalizedText normalized, IReadOnlyList<CompiledEmergencyRule> emergencyRules, DateTimeOffset now, CategoryAccumulator found)
    {
        foreach (var rule in emergencyRules)
        {
            if (!rule.Rule.AppliesTo(input.App, now))
            {
                continue;
            }

            var hit = rule.Match(input.Text);
            if (hit.Success)
            {
                found.Add(DetectionCategory.EmergencyRule, 1.0, new Span(hit.Index, hit.Index + hit.Length), rule: rule.Rule.Id);
                continue;
            }

            hit = rule.Match(normalized.Text);
            if (hit.Success)
            {
                var (start, end) = normalized.ToOriginal(hit.Index, hit.Index + hit.Length);
                found.Add(DetectionCategory.EmergencyRule, 1.0, new Span(start, end), rule: rule.Rule.Id);
            }
        }
    }

    private void ApplyClassifier(GuardrailInput input, NormalizedText normalized, GuardrailPolicy policy, CategoryAccumulator found)
    {
        var prepared = ClassifierInput.Prepare(normalized);
        var score = classifier.Score(prepared);
        var userThreshold = policy.AttackThreshold ?? classifier.Threshold;
        var documentThreshold = policy.DocumentThreshold ?? Math.Min(classifier.Threshold, classifier.Threshold * 0.8);
        // Looking for a faked chat turn is a scan of the whole text: done only when the two thresholds disagree.
        var thresholdsDisagree = score.Probability >= Math.Min(userThreshold, documentThreshold) && score.Probability < Math.Max(userThreshold, documentThreshold);
        var threshold = Sources.IsIndirect(input.Source) || (thresholdsDisagree && SpoofedChatTurn.FoundIn(input.Text))
            ? documentThreshold
            : userThreshold;
        if (score.Probability < threshold)
        {
            return;
        }

        Span span;
        if (score.Start < normalized.Text.Length)
        {
            var (start, end) = normalized.ToOriginal(score.Start, Math.Min(score.End, normalized.Text.Length));
            span = new Span(start, end);
        }
        else
        {
            var segment = normalized.Decoded[0];
            span = new Span(segment.Start, segment.End, segment.Encoding);
        }

        found.Add(DetectionCategory.PromptInjection, score.Probability, span, model: classifier.ModelVersion);
    }

    private Verdict Decide(
        string text, GuardrailPolicy policy, string requestId, CategoryAccumulator found, List<Finding> findings,
        Dictionary<string, double> stages, long started)
    {
        var categories = found.Build(policy.ActionFor);
        var decision = categories.Select(c => c.Action).DefaultIfEmpty(Decisions.Allow).MaxBy(Decisions.Severity)!;
        var redactable = findings.Where(f => policy.ActionFor(f.Category) == Decisions.Redact).ToList();
        return new Verdict
        {
            Decision = decision,
            Score = Math.Round(categories.Select(c => c.Score).DefaultIfEmpty(0).Max(), 4),
            Categories = categories,
            RedactedText = decision == Decisions.Redact ? Redactor.Redact(text, redactable) : null,
            Policy = policy.Name,
            ModelVersion = classifier.ModelVersion,
            RequestId = requestId,
            ElapsedMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
            StageMs = stages,
            Findings = findings,
        };
    }

    private Verdict Failed(GuardrailPolicy policy, string requestId, long started, Dictionary<string, double> stages, Exception ex) => new()
    {
        Decision = policy.FailOpen ? Decisions.Flag : Decisions.Block,
        Score = 0,
        Categories = [],
        Policy = policy.Name,
        ModelVersion = classifier.ModelVersion,
        RequestId = requestId,
        ElapsedMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
        StageMs = stages,
        Error = $"detection failed ({ex.GetType().Name}); policy is fail-{(policy.FailOpen ? "open" : "closed")}",
    };

    private static T Timed<T>(Dictionary<string, double> stages, string stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        var result = work();
        stages[stage] = Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 3);
        return result;
    }

    private static void Timed(Dictionary<string, double> stages, string stage, Action work) =>
        Timed(stages, stage, () =>
        {
            work();
            return 0;
        });
}
