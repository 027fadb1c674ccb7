using Microsoft.AspNetCore.Http;

namespace SupportSignals.Api.Responses;

/// <summary>JSON unless the caller asks for CSV with <c>Accept: text/csv</c> or <c>?format=csv</c>.</summary>
public static class Negotiation
{
    public static bool WantsCsv(HttpRequest request) =>
        string.Equals(request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase)
        || request.Headers.Accept.Any(accept => accept?.Contains(CsvResult.ContentType, StringComparison.OrdinalIgnoreCase) == true);
}
