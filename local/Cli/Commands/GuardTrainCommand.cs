using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.Classifier.Training;
using AiSec.LocalHost.Emulator;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec guard train</c>: rebuilds the shipped classifier reproducibly from the labelled data.</summary>
public static class GuardTrainCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Folder with train.jsonl (and eval.jsonl); default ../shared/data/guardrail." };
        var output = new Option<string?>("--out") { Description = "Folder for the model files; default functions/Guardrail/Model." };
        var compare = new Option<bool>("--compare") { Description = "Also compare every learner on eval.jsonl, and estimate the shipped learner on unseen sources (leave-one-source-out) next to random folds." };
        var json = CommonOptions.Json();
        var command = new Command("train", "Train the prompt-attack classifier and write the model with its metadata.") { data, output, compare, json };
        return command.WithHandler((parse, cancellationToken) =>
        {
            var root = RepositoryRoot.Find();
            var dataDir = parse.GetValue(data) ?? (root is null ? null : Path.Combine(root, "..", "shared", "data", "guardrail"));
            if (dataDir is null || !File.Exists(Path.Combine(dataDir, "train.jsonl")))
            {
                throw new CliUsageException($"no train.jsonl in '{dataDir ?? "(unknown)"}': pass --data DIR (the labelled set lives in ../shared/data/guardrail)");
            }

            var outDir = parse.GetValue(output) ?? Path.Combine(root ?? ".", "functions", "Guardrail", "Model");
            TrainingRun.Result result;
            try
            {
                result = TrainingRun.Run(dataDir, TimeProvider.System, parse.GetValue(compare), CliOutput.Info);
            }
            catch (LabeledDataException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            ModelFile.Save(outDir, result.Model, result.Metadata);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(result.Metadata);
            }
            else
            {
                CliOutput.Info($"model {result.Metadata.ModelVersion} (threshold {result.Metadata.Threshold}) written to {outDir}");
                if (result.Metadata.Eval is { } eval)
                {
                    Console.Out.WriteLine($"classifier only on eval: balancedAccuracy={eval.BalancedAccuracy} fpr={eval.Fpr} fprBenignHard={eval.FprBenignHard} recall={eval.Recall}");
                }

                foreach (var c in result.Metadata.Comparison)
                {
                    Console.Out.WriteLine($"  {c.Learner,-20} balancedAccuracy={c.BalancedAccuracy} fpr={c.Fpr} fprBenignHard={c.FprBenignHard} recall={c.Recall} train={c.TrainSeconds}s");
                }

                foreach (var v in result.Metadata.Validation)
                {
                    Console.Out.WriteLine($"  {v.Method,-20} balancedAccuracy={v.BalancedAccuracy} at fpr={v.Fpr} (target {v.TargetFpr}) recall={v.Recall} folds={v.Folds}");
                }
            }

            return Task.FromResult(ExitCodes.Success);
        });
    }
}
