using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.Classifier.Training;

namespace AiSec.Guardrail.Tests;

/// <summary>Estimates on unseen rows: held-out sources and per-source figures. Data made up for these tests.</summary>
public sealed class GeneralizationEstimateTests
{
    /// <summary>
    /// Each source attacks with its own template word; benign rows are shared. A model that learned the templates
    /// catches every attack of a source it saw (random folds) and none of a source it did not (held out).
    /// </summary>
    private static List<LabeledText> TemplatedSources()
    {
        var rows = new List<LabeledText>();
        var line = 0;
        foreach (var (source, word) in new[] { ("alpha/repo:a.json", "zorblax"), ("beta/repo:b.json", "quintrel"), ("gamma/repo:c.json", "vexmora") })
        {
            for (var i = 0; i < 30; i++)
            {
                rows.Add(new LabeledText($"{word} {word} {word} request number {i}", true, "injection", ++line, source));
            }
        }

        for (var i = 0; i < 90; i++)
        {
            rows.Add(new LabeledText($"please summarize the quarterly report about topic {i}", false, "benign", ++line, "benign/repo:d.json"));
        }

        return rows;
    }

    [Fact]
    public void Holding_out_whole_sources_scores_below_random_folds_when_a_model_learns_templates()
    {
        var rows = TemplatedSources();
        var examples = TrainingExamples.Prepare(rows);

        var unseen = GeneralizationEstimate.Measure(GeneralizationEstimate.LeaveOneSourceOut, examples, rows.Count, ClassifierTrainer.DefaultLearner);
        var random = GeneralizationEstimate.Measure(GeneralizationEstimate.RandomFolds, examples, rows.Count, ClassifierTrainer.DefaultLearner);

        Assert.Equal(4, unseen.Folds);
        Assert.True(random.Recall > 0.9, $"random folds recall {random.Recall}");
        Assert.True(unseen.Recall < random.Recall, $"held-out recall {unseen.Recall} vs random {random.Recall}");
        Assert.Equal(30, unseen.BySource!["beta/repo"].Attacks);
        Assert.Null(random.BySource);
    }

    [Fact]
    public void Eval_figures_are_broken_down_by_source_repository_when_rows_name_one()
    {
        LabeledText[] rows =
        [
            new("a", true, "injection", 1, "alpha/repo:x.json"),
            new("b", true, "injection", 2, "alpha/repo:y.json (variant)"),
            new("c", false, "benign", 3, "beta/repo:z.json"),
            new("d", false, "benign", 4, "beta/repo:z.json"),
        ];

        var report = EvalReport.Compute(rows, [true, false, true, false], [], "v");
        var unnamed = EvalReport.Compute([new LabeledText("a", true, "injection", 1)], [true], [], "v");

        Assert.Equal(new SourceFigures(2, 1, 0, 0), report.BySource!["alpha/repo"]);
        Assert.Equal(0.5, report.BySource["beta/repo"].Fpr);
        Assert.Null(unnamed.BySource);
    }
}
