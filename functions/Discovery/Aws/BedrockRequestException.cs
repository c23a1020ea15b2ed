using System.Net;

namespace AiSec.Discovery.Aws;

/// <summary>
/// A Bedrock call that did not produce a usable answer: an AWS error response (<see cref="ErrorCode"/> such as
/// <c>AccessDeniedException</c>, from the <c>x-amzn-ErrorType</c> header or the body) or a response that was not
/// the documented JSON (<see cref="StatusCode"/> is then the 2xx the body came with).
/// </summary>
public sealed class BedrockRequestException : Exception
{
    public BedrockRequestException(string operation, HttpStatusCode statusCode, string? errorCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public BedrockRequestException()
        : this("", 0, null, "Bedrock request failed")
    {
    }

    public BedrockRequestException(string message)
        : this("", 0, null, message)
    {
    }

    public BedrockRequestException(string message, Exception innerException)
        : this("", 0, null, message, innerException)
    {
    }

    /// <summary>The request, e.g. <c>GET /custom-models</c>.</summary>
    public string Operation { get; }

    public HttpStatusCode StatusCode { get; }

    public string? ErrorCode { get; }
}
