using AiSec.Shared.Incidents;
using AiSec.Shared.Storage;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Program.Incidents;

/// <summary>
/// Reads the <c>incidents</c> table through its storage contract (<see cref="IncidentEntity"/>); Playbooks is its
/// only writer. A table that does not exist yet reads as no incidents.
/// </summary>
public sealed class IncidentReader(AiSecStorage storage)
{
    public async Task<IReadOnlyList<IncidentEntity>> ListAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter<IncidentEntity>(e => e.PartitionKey == IncidentEntity.Partition);
        var result = new List<IncidentEntity>();
        try
        {
            await foreach (var incident in storage.Table(StorageNames.Tables.Incidents).QueryAsync<IncidentEntity>(filter, cancellationToken: cancellationToken))
            {
                result.Add(incident);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No incidents table yet: no incidents.
        }

        return result;
    }
}
