using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Records;

namespace AiSec.Shared.Audit.Verification;

/// <summary>
/// Verifies an export file offline (no storage, no network): a first pass collects the signed checkpoint lines
/// wherever they are in the file, a second pass streams the records through <see cref="AuditVerifier"/>.
/// </summary>
public static class AuditFileVerifier
{
    public static async Task<AuditVerificationResult> VerifyAsync(
        string path, AuditPublicKey publicKey, bool allowPartial, CancellationToken cancellationToken)
    {
        using var verifier = new AuditVerifier(publicKey, allowPartial);
        await using (var first = Open(path))
        {
            await AuditLineReader.ForEachLineAsync(first, line =>
            {
                if (AuditLine.Classify(line) == AuditLineKind.Checkpoint)
                {
                    verifier.AddCheckpoint(line);
                }
            }, cancellationToken);
        }

        long lineNumber = 0;
        await using (var second = Open(path))
        {
            verifier.Bytes = await AuditLineReader.ForEachLineAsync(second, line =>
            {
                lineNumber++;
                if (verifier.Failed)
                {
                    return;
                }

                switch (AuditLine.Classify(line))
                {
                    case AuditLineKind.Record:
                        verifier.AddRecord(line);
                        break;
                    case AuditLineKind.Checkpoint or AuditLineKind.Blank:
                        break;
                    default:
                        verifier.AddRecord(line); // reported as a malformed record with its position
                        break;
                }
            }, cancellationToken);
        }

        return verifier.Complete();
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
}
