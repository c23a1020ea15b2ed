
namespace AiSec.LocalHost.Emulator;

/// <summary>The three loopback ports an Azurite instance listens on, and the connection string that reaches them.</summary>
public sealed record AzuriteEndpoints(int BlobPort, int QueuePort, int TablePort)
{
    // Azurite's well-known development account; it is public and only ever valid against the emulator.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    public Uri BlobUri => new($"http://127.0.0.1:{BlobPort}/{AccountName}");

    public static AzuriteEndpoints Choose(int blobPort) =>
        blobPort > 0 ? new(blobPort, blobPort + 1, blobPort + 2) : new(LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free());

}
