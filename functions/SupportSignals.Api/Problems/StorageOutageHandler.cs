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
        if (exception is not StorageUnavailableException && !StorageFailures.IsTransient(exception)) return false;
        await new ProblemResult(Problem.StorageUnavailable(WebhookIntake.RetryAfterSeconds)).ExecuteAsync(httpContext);
        return true;
    }
}
