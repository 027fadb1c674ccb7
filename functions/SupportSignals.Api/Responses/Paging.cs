using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SupportSignals.Api.Responses;

/// <summary>
/// Paging parameters shared by list endpoints: <c>limit</c> (1..1000, default 100) and <c>continuation</c> (the opaque
/// token from the previous page's <c>continuation</c> field or <c>X-Continuation-Token</c> header).
/// </summary>
public sealed record Paging(int Limit, string? Continuation)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <returns>The paging, or a problem naming the bad parameter.</returns>
    public static (Paging? Paging, Problem? Problem) From(HttpRequest request)
    {
        var limit = DefaultLimit;
        if (request.Query["limit"].FirstOrDefault() is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
            return (null, Problem.BadRequest($"limit must be a whole number from 1 to {MaxLimit}."));
        return (new Paging(limit, request.Query["continuation"].FirstOrDefault()), null);
    }
}
