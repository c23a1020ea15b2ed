namespace AiSec.Testing.Fakes;

/// <summary>How the fake Bedrock misbehaves for a request.</summary>
public enum FakeBedrockFault
{
    /// <summary>429 ThrottlingException with <c>Retry-After: 0</c>.</summary>
    Throttled,

    /// <summary>429 ThrottlingException with <c>Retry-After: 1</c>: a client that honours it waits a second.</summary>
    ThrottledForOneSecond,

    /// <summary>400 with <c>x-amzn-ErrorType: ThrottlingException</c>, the way some AWS front ends throttle.</summary>
    ThrottledAs400,

    /// <summary>500 InternalServerException.</summary>
    InternalError,

    /// <summary>502 from a front end, with an HTML body.</summary>
    BadGateway,

    /// <summary>503 ServiceUnavailableException.</summary>
    Unavailable,

    /// <summary>504 from a front end.</summary>
    GatewayTimeout,

    /// <summary>403 AccessDeniedException.</summary>
    AccessDenied,

    /// <summary>200 with a body that is not JSON.</summary>
    MalformedJson,

    /// <summary>The connection is dropped without an answer.</summary>
    Drop,
}
