using Microsoft.AspNetCore.Diagnostics;

namespace AiSec.LocalHost.Extensions;

/// <summary>
/// A request minimal APIs cannot bind (a query value of the wrong type, say) becomes a 400 problem that names the
/// parameter, in every environment, instead of a generic status page or, in Development, a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request is not valid", Detail = bad.Message },
        });
    }
}
