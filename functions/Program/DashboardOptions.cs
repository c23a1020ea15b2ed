using System.ComponentModel.DataAnnotations;

namespace AiSec.Program;

/// <summary>Settings under <c>Dashboard</c>.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>The configuration key of the snapshot timer's NCRONTAB schedule (Functions: <c>%Dashboard:SnapshotSchedule%</c>).</summary>
    public const string SnapshotScheduleSetting = "Dashboard:SnapshotSchedule";

    /// <summary>Six-field NCRONTAB; daily at 01:00 UTC by default.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SnapshotSchedule { get; set; } = "0 0 1 * * *";

    /// <summary>How many daily snapshots the trend charts show.</summary>
    [Range(2, 3660)]
    public int TrendDays { get; set; } = 90;
}
