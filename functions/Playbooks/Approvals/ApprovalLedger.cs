using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using AiSec.Shared.Storage;

namespace AiSec.Playbooks.Approvals;

/// <summary>
/// The <c>approvaltokens</c> table: which links were used (partition <c>token</c>, row = token id) and, for steps that need a
/// quorum, who voted what (partition <c>vote-&lt;incident&gt;-&lt;step&gt;</c>, row = a hash of the approver). Both are
/// conditional inserts, so a link is used once and a person votes once however many requests race.
/// </summary>
public sealed class ApprovalLedger(AiSecStorage storage, TimeProvider time)
{
    private const string TokenPartition = "token";

    private TableClient Table => storage.Table(StorageNames.Tables.ApprovalTokens);

    public async Task<bool> WasUsedAsync(string tokenId, CancellationToken cancellationToken) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(TokenPartition, tokenId, select: ["PartitionKey"], cancellationToken: cancellationToken)).HasValue;

    /// <returns>False when the link was already used.</returns>
    public Task<bool> TryUseAsync(ApprovalToken token, string approver, string decision, CancellationToken cancellationToken) =>
        TryAddAsync(new TableEntity(TokenPartition, token.Id)
        {
            ["IncidentId"] = token.IncidentId,
            ["Step"] = token.Step,
            ["Approver"] = approver,
            ["Decision"] = decision,
            ["UsedAt"] = time.GetUtcNow(),
        }, cancellationToken);

    /// <returns>False when this approver already voted on the step.</returns>
    public Task<bool> TryVoteAsync(string incidentId, int step, string approverKey, string approver, string decision, string tokenId, CancellationToken cancellationToken) =>
        TryAddAsync(new TableEntity(VotePartition(incidentId, step), Hash(approverKey))
        {
            ["Approver"] = approver,
            ["Decision"] = decision,
            ["TokenId"] = tokenId,
            ["VotedAt"] = time.GetUtcNow(),
        }, cancellationToken);

    /// <summary>The approvers who voted <paramref name="decision"/> on the step, in vote order.</summary>
    public async Task<IReadOnlyList<string>> VotersAsync(string incidentId, int step, string decision, CancellationToken cancellationToken)
    {
        var votes = new List<(DateTimeOffset At, string Approver)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {VotePartition(incidentId, step)} and Decision eq {decision}");
        await foreach (var vote in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            votes.Add((vote.GetDateTimeOffset("VotedAt") ?? DateTimeOffset.MinValue, vote.GetString("Approver") ?? ""));
        }

        return [.. votes.OrderBy(v => v.At).Select(v => v.Approver)];
    }

    private async Task<bool> TryAddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private static string VotePartition(string incidentId, int step) => $"vote-{incidentId}-{step}";

    /// <summary>Principal ids and names may hold characters a table key forbids; their hash does not.</summary>
    private static string Hash(string approverKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(approverKey.ToLowerInvariant())));
}
