using Microsoft.AspNetCore.Http;

namespace SupportSignals.Api.Summaries;

/// <summary>
/// A self-contained HTML page. The content security policy forbids every script and every fetch: the page can only
/// draw itself from its own markup, which is also what makes it work offline.
/// </summary>
public sealed class HtmlPageResult(string html) : IResult
{
    public const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.XContentTypeOptions = "nosniff";
        return response.WriteAsync(html, httpContext.RequestAborted);
    }
}
