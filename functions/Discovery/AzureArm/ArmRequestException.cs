namespace AiSec.Discovery.AzureArm;

/// <summary>A Resource Manager call failed after retries, or answered with something that is not ARM JSON.</summary>
public sealed class ArmRequestException(string message, int status, string? errorCode, Exception? inner = null)
    : Exception(message, inner)
{
    public int Status { get; } = status;

    public string? ErrorCode { get; } = errorCode;
}
