using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SupportSignals.Api.Responses;

/// <summary>An instant in a query parameter: an ISO 8601 date or date-time, UTC when no offset is given.</summary>
public static class QueryInstant
{
    /// <returns>False when the parameter is given but is no instant; <paramref name="at"/> is null when it is absent.</returns>
    public static bool TryRead(HttpRequest request, string name, out DateTimeOffset? at)
    {
        at = null;
        if (request.Query[name].FirstOrDefault() is not { Length: > 0 } text) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        at = parsed;
        return true;
    }
}
