using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SupportSignals.Api.Responses;

/// <summary>
/// Paging parameters shared by list endpoints: <c>limit</c> (1..1000, default 100) and <c>continuation</c> (the opaque
/// token from the previous page's <c>continuation</c> field or <c>X-Continuation-Token</c> header). <see cref="Continuation"/>
/// is the store's token, opened from the caller's; <see cref="Next"/> seals the store's next one for this list.
/// </summary>
public sealed record Paging(int Limit, string? Continuation, string List)
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
        var list = request.PathBase + request.Path;
        string? continuation = null;
        if (request.Query["continuation"].FirstOrDefault() is { Length: > 0 } token
            && (continuation = ContinuationToken.Open(token, list)) is null)
            return (null, UnknownContinuation);
        return (new Paging(limit, continuation, list), null);
    }

    /// <summary>The problem for a continuation token this list did not issue (damaged, or another list's).</summary>
    public static Problem UnknownContinuation { get; } = Problem.BadRequest("continuation is not a token of this list; start again without it.");

    /// <summary>The token the caller sends for the page after this one.</summary>
    public string? Next(string? storeContinuation) => storeContinuation is null ? null : ContinuationToken.Seal(storeContinuation, List);
}
