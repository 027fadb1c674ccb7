using SupportSignals.Api.Problems;
using SupportSignals.Webhooks;

namespace SupportSignals.Host;

/// <summary>
/// Data endpoints need a key exactly as Azure Functions asks for one (<c>x-functions-key</c> header or
/// <c>?code=</c>); the local host checks it against <c>Api__Keys</c> (comma-separated), in constant time.
/// </summary>
public sealed class ApiKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    private readonly string[] _keys = (configuration["Api:Keys"] ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        string? provided = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (string.IsNullOrEmpty(provided)) return new ProblemResult(Problem.MissingKey());
        var matched = false;
        foreach (var key in _keys) matched |= Signatures.SecretEquals(key, provided);
        return matched ? await next(context) : new ProblemResult(Problem.WrongKey());
    }
}
