using System.Globalization;

namespace AiSec.Shared.Audit.Storage;

/// <summary>
/// <c>{stream}/{yyyy}/{MM}/{dd}/{part:D5}.jsonl</c> in container <c>audit</c>: zero-padded so that ordinal name order is
/// chain order, a new part per day and whenever an append blob nears its block limit.
/// </summary>
public readonly record struct AuditBlobName(string Stream, DateOnly Day, int Part)
{
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{Stream}/{Day:yyyy}/{Day:MM}/{Day:dd}/{Part:D5}.jsonl");

    public static string StreamPrefix(string stream) => stream + "/";

    public static bool TryParse(string name, out AuditBlobName blob)
    {
        blob = default;
        var parts = name.Split('/');
        if (parts.Length != 5 || !parts[4].EndsWith(".jsonl", StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[4][..^6], NumberStyles.None, CultureInfo.InvariantCulture, out var part)
            || year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        blob = new AuditBlobName(parts[0], new DateOnly(year, month, day), part);
        return true;
    }

    public AuditBlobName Next(DateOnly day) => day > Day ? new AuditBlobName(Stream, day, 0) : this with { Part = Part + 1 };
}
