using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Records;
using AiSec.Shared.Audit.Storage;

namespace AiSec.Shared.Audit.Verification;

/// <summary>Verifies what is in storage now: every stream (or one), checkpoints first, then its blobs in chain order.</summary>
public sealed class AuditStorageVerifier(AuditStorageReader reader, AuditSigningKeyProvider keys)
{
    public async Task<AuditVerificationResult> VerifyAsync(string? stream, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(cancellationToken);
        using var verifier = new AuditVerifier(key.PublicKey);
        var streams = stream is null ? await reader.ListStreamsAsync(cancellationToken) : [stream];
        foreach (var name in streams)
        {
            foreach (var checkpoint in await reader.ReadCheckpointsAsync(name, cancellationToken))
            {
                verifier.AddCheckpoint(checkpoint);
            }

            verifier.Bytes += await reader.ForEachRecordLineAsync(name, line => verifier.AddRecord(line, name), cancellationToken);
            if (verifier.Failed)
            {
                break;
            }
        }

        return verifier.Complete();
    }
}
