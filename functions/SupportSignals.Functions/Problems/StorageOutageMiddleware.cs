using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using SupportSignals.Api.Problems;

namespace SupportSignals.Functions.Problems;

/// <summary>
/// The Functions app's counterpart of the local host's <see cref="StorageOutageHandler"/>: an HTTP function that meets
/// a storage outage answers 503 with Retry-After and a problem body, not a bare 500.
/// </summary>
public sealed class StorageOutageMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (StorageOutageHandler.IsOutage(exception) && context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            await StorageOutageHandler.WriteAsync(http);
        }
    }
}
