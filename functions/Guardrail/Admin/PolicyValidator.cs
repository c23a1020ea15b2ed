using AiSec.Guardrail.Policy;
using AiSec.Guardrail.Rules;
using AiSec.Shared.Admin;

namespace AiSec.Guardrail.Admin;

/// <summary>
/// What a stored policy must satisfy, whoever sets it: actions that exist for categories that exist, thresholds in
/// [0, 1], positive limits, and a canary long enough not to turn up in ordinary answers. Fields are named as in the
/// policy's JSON.
/// </summary>
public static class PolicyValidator
{
    private const int MinCanaryLength = 8;
    private const int MaxBurstWindowSeconds = 86_400;

    /// <exception cref="InvalidInputException">The first field at fault.</exception>
    public static GuardrailPolicy Validate(GuardrailPolicy policy)
    {
        if (policy.Actions is null)
        {
            throw new InvalidInputException("actions", "must be an object of category: action");
        }

        foreach (var (category, action) in policy.Actions)
        {
            if (!DetectionCategory.All.Contains(category))
            {
                throw new InvalidInputException($"actions.{category}", $"is not a category; use one of {string.Join(", ", DetectionCategory.All)}");
            }

            if (!Decisions.All.Contains(action))
            {
                throw new InvalidInputException($"actions.{category}", $"'{action}' is not one of {string.Join(", ", Decisions.All)}");
            }
        }

        Fraction("attackThreshold", policy.AttackThreshold);
        Fraction("documentThreshold", policy.DocumentThreshold);
        Fraction("leakThreshold", policy.LeakThreshold);
        AtLeast("maxInputChars", policy.MaxInputChars, 1);
        AtLeast("burstBlocks", policy.BurstBlocks, 1);
        AtLeast("burstWindowSeconds", policy.BurstWindowSeconds, 1);
        if (policy.BurstWindowSeconds > MaxBurstWindowSeconds)
        {
            throw new InvalidInputException("burstWindowSeconds", $"must be at most {MaxBurstWindowSeconds} (a day)");
        }

        AtLeast("requestsPerSecond", policy.RequestsPerSecond, 0);
        if (policy.CanaryToken is { Length: > 0 } canary && (canary.Length < MinCanaryLength || string.IsNullOrWhiteSpace(canary)))
        {
            throw new InvalidInputException("canaryToken", $"must be at least {MinCanaryLength} characters, or absent: a short canary turns up in ordinary answers and blocks them");
        }

        return policy;
    }

    private static void Fraction(string field, double? value)
    {
        if (value is { } v && !(v >= 0 && v <= 1))
        {
            throw new InvalidInputException(field, $"{v} is not between 0 and 1");
        }
    }

    private static void AtLeast(string field, int value, int minimum)
    {
        if (value < minimum)
        {
            throw new InvalidInputException(field, $"{value} is less than {minimum}");
        }
    }
}
