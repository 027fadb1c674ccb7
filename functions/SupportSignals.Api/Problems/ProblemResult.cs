using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SupportSignals.Api.Problems;

/// <summary>The one place a <see cref="Problem"/> becomes an RFC 9457 response (application/problem+json).</summary>
public sealed class ProblemResult(Problem problem, string? instance = null) : IResult
{
    public const string ContentType = "application/problem+json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public Problem Problem => problem;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = problem.Status;
        response.ContentType = ContentType;
        if (problem.RetryAfterSeconds is { } retryAfter)
            response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = new ProblemBody(problem.Type, problem.Title, problem.Status, problem.Detail,
            instance ?? httpContext.Request.Path.Value, problem.Errors, problem.RetryAfterSeconds);
        await JsonSerializer.SerializeAsync(response.Body, body, Json, httpContext.RequestAborted);
    }

    private sealed record ProblemBody(string Type, string Title, int Status, string Detail, string? Instance, IReadOnlyList<string>? Errors, int? RetryAfter);
}
