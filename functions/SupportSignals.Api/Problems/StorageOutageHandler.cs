using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using SupportSignals.Azure.Storage;
using SupportSignals.Intake;

namespace SupportSignals.Api.Problems;

/// <summary>
/// Any endpoint that meets a storage outage or overload answers 503 with Retry-After and a problem body, as intake
/// does, rather than a bare 500: the caller should come back, nothing is wrong with its request.
/// </summary>
public sealed class StorageOutageHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsOutage(exception)) return false;
        await WriteAsync(httpContext);
        return true;
    }

    /// <summary>Whether the exception, or one it wraps (a host may wrap what a function threw), is a storage outage.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is StorageUnavailableException || StorageFailures.IsTransient(e)) return true;
        }
        return false;
    }

    public static Task WriteAsync(HttpContext httpContext) =>
        new ProblemResult(Problem.StorageUnavailable(WebhookIntake.RetryAfterSeconds)).ExecuteAsync(httpContext);
}
