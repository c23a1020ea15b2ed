using AiSec.Guardrail.Classifier;

namespace AiSec.Guardrail.Evaluation;

/// <summary>The figures of one evaluation and how its latencies were timed (<see cref="PipelineEvaluation.WarmTiming"/>).</summary>
public sealed record PipelineEvalResult(EvalReport Report, string Timing);
