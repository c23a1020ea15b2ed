using System.Globalization;

namespace AiSec.Shared.Usage;

/// <summary>
/// The layout of the <c>guardrailcounters</c> table, which the guardrail writes and Risk reads as evidence that an
/// app's traffic is screened: one row per app and UTC hour (PartitionKey = <see cref="AppKey"/>, RowKey =
/// <see cref="HourKey"/>), one Int64 column per count. One place, so the two capabilities agree.
/// </summary>
public static class GuardrailCounterKeys
{
    public const string Requests = "Requests";
    public const string Blocks = "Blocks";
    public const string Flags = "Flags";
    public const string Redactions = "Redactions";

    /// <summary>Blocks by category: <c>Blocks_prompt_injection</c>, ...</summary>
    public const string BlocksInCategoryPrefix = "Blocks_";

    /// <summary>
    /// Screening time histogram: <c>LatencyUsLe250</c> counts requests screened in at most 250 µs, and so on up the
    /// <see cref="LatencyBucketsUs"/>; <see cref="LatencyOverLast"/> counts slower ones. Buckets, not samples, so
    /// instances add up and a percentile is read as the bound of the bucket that reaches it.
    /// </summary>
    public const string LatencyPrefix = "LatencyUsLe";

    public const string LatencyOverLast = "LatencyUsOver";

    public static IReadOnlyList<long> LatencyBucketsUs { get; } =
        [250, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 250_000, 1_000_000];

    /// <summary>The column that counts a request screened in <paramref name="elapsedMs"/>.</summary>
    public static string LatencyColumn(double elapsedMs)
    {
        var us = elapsedMs * 1000;
        foreach (var bound in LatencyBucketsUs)
        {
            if (us <= bound)
            {
                return LatencyPrefix + bound.ToString(CultureInfo.InvariantCulture);
            }
        }

        return LatencyOverLast;
    }

    /// <summary>UTC hours sort as strings, so "the last 24 hours" is a row-key range.</summary>
    public const string HourFormat = "yyyyMMddHH";

    public static string HourKey(DateTimeOffset time) => time.UtcDateTime.ToString(HourFormat, CultureInfo.InvariantCulture);

    /// <summary>Apps are matched case-insensitively: an asset's <c>guardrailApp</c> may be spelt differently from the key's app.</summary>
    public static string AppKey(string app) => app.Trim().ToLowerInvariant();
}
