using AiSec.Shared.Storage;

namespace AiSec.Program.Snapshots;

/// <summary>Table <c>dashboardsnapshots</c>: PartitionKey <c>day</c>, RowKey the UTC date (yyyy-MM-dd), one JSON document each.</summary>
internal sealed class SnapshotStore(AiSecStorage storage)
{
    private const string Partition = "day";

    private readonly JsonDocumentTable<DailySnapshot> _table = new(storage.Table(StorageNames.Tables.DashboardSnapshots));

    public Task SaveAsync(DailySnapshot snapshot, CancellationToken cancellationToken) =>
        _table.SaveAsync(Partition, snapshot.Day, snapshot, cancellationToken);

    /// <summary>Snapshots of the last <paramref name="days"/> days up to <paramref name="now"/>, oldest first.</summary>
    public async Task<IReadOnlyList<DailySnapshot>> RecentAsync(DateTimeOffset now, int days, CancellationToken cancellationToken)
    {
        var from = DailySnapshot.DayKey(now.AddDays(1 - days));
        var to = DailySnapshot.DayKey(now);
        return [.. (await _table.ListAsync(Partition, cancellationToken))
            .Where(s => string.CompareOrdinal(s.Day, from) >= 0 && string.CompareOrdinal(s.Day, to) <= 0)
            .OrderBy(s => s.Day, StringComparer.Ordinal)];
    }
}
