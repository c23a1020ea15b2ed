using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Verification;
using AiSec.Shared.Storage;
using AiSec.Testing;
using static AiSec.Audit.Tests.AuditHarness;

namespace AiSec.Audit.Tests;

/// <summary>Each kind of tampering is caught on storage and on an export, at the right seq.</summary>
public sealed class TamperTests(AzuriteFixture azurite)
{
    [Theory]
    [MemberData(nameof(Tamper.Kinds), MemberType = typeof(Tamper))]
    public async Task Detects_tampering_in_storage(string kind, long firstBadSeq)
    {
        var storage = await SeedAsync();
        var blob = Assert.Single(await RecordBlobsAsync(storage));

        await RewriteBlobAsync(storage, blob, lines => Tamper.Apply(kind, lines));

        var result = await VerifyStorageAsync(storage);
        Assert.False(result.Ok);
        Assert.Equal(firstBadSeq, result.FirstBadSeq);
        Assert.Equal(AuditStreams.Guardrail, result.Stream);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Theory]
    [MemberData(nameof(Tamper.Kinds), MemberType = typeof(Tamper))]
    public async Task Detects_tampering_in_an_export(string kind, long firstBadSeq)
    {
        var storage = await SeedAsync();
        var file = await ExportAsync(storage);
        var lines = await File.ReadAllLinesAsync(file, Ct);
        var records = lines.Where(l => l.StartsWith("{\"stream\"", StringComparison.Ordinal)).ToList();
        var checkpoints = lines.Where(l => l.StartsWith("{\"type\":\"checkpoint\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(30, records.Count);
        Assert.Equal(3, checkpoints.Count);

        await File.WriteAllLinesAsync(file, [.. Tamper.Apply(kind, records), .. checkpoints], Ct);

        var result = await AuditFileVerifier.VerifyAsync(file, await PublicKeyAsync(), allowPartial: false, Ct);
        Assert.False(result.Ok);
        Assert.Equal(firstBadSeq, result.FirstBadSeq);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public async Task An_untouched_export_verifies_offline()
    {
        var storage = await SeedAsync();
        var file = await ExportAsync(storage);

        var result = await AuditFileVerifier.VerifyAsync(file, await PublicKeyAsync(), allowPartial: false, Ct);

        Assert.True(result.Ok, result.Reason);
        Assert.Equal(30, result.Records);
        Assert.Equal(3, result.Checkpoints);
        Assert.Null(result.FirstBadSeq);
    }

    [Fact]
    public async Task An_export_with_crlf_line_endings_still_verifies()
    {
        var storage = await SeedAsync();
        var file = await ExportAsync(storage);
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file, Ct)).Replace("\n", "\r\n", StringComparison.Ordinal), Ct);

        var result = await AuditFileVerifier.VerifyAsync(file, await PublicKeyAsync(), allowPartial: false, Ct);

        Assert.True(result.Ok, result.Reason);
        Assert.Equal(30, result.Records);
    }

    [Fact]
    public async Task Rejects_checkpoints_signed_by_another_key()
    {
        var storage = await SeedAsync();
        var file = await ExportAsync(storage);
        using var stranger = AuditSigningKey.Create();

        var result = await AuditFileVerifier.VerifyAsync(file, stranger.PublicKey, allowPartial: false, Ct);

        Assert.False(result.Ok);
        Assert.Contains("not by the trusted key", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detects_a_deleted_blob_and_a_stream_whose_records_are_all_gone()
    {
        var storage = await SeedAsync();
        var blob = Assert.Single(await RecordBlobsAsync(storage));

        await Records(storage).DeleteBlobAsync(blob, cancellationToken: Ct);

        var result = await VerifyStorageAsync(storage);
        Assert.False(result.Ok);
        Assert.Equal(1, result.FirstBadSeq);
        Assert.Contains("truncated", result.Reason, StringComparison.Ordinal);
    }

    /// <summary>Records 1..30 of the guardrail stream, checkpoints at 10, 20 and 30.</summary>
    private async Task<AiSecStorage> SeedAsync()
    {
        var storage = await azurite.CreateStorageAsync();
        var log = CreateLog(storage, o => o.CheckpointEvery = 10);
        for (var i = 1; i <= 30; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Buffered, Ct);
        }

        await log.StopAsync(Ct);
        return storage;
    }

    private static async Task<string> ExportAsync(AiSecStorage storage)
    {
        var file = Path.Combine(Path.GetTempPath(), $"aisec-audit-{Guid.NewGuid():N}.jsonl");
        await new AuditExporter(new AiSec.Shared.Audit.Storage.AuditStorageReader(storage)).ExportAsync(file, null, null, Ct);
        return file;
    }
}
