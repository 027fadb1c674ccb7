using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SupportSignals.Api.Responses;

/// <summary>RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
public sealed class CsvResult(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, string? continuation = null) : IResult
{
    public const string ContentType = "text/csv";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = ContentType + "; charset=utf-8";
        if (continuation is not null) httpContext.Response.Headers["X-Continuation-Token"] = continuation;
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows) AppendRow(text, row);
        await httpContext.Response.WriteAsync(text.ToString(), Encoding.UTF8, httpContext.RequestAborted);
    }

    private static void AppendRow(StringBuilder text, IEnumerable<object?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) text.Append(',');
            first = false;
            var value = field switch
            {
                null => "",
                DateTimeOffset instant => instant.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => field.ToString() ?? "",
            };
            text.Append(value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value);
        }
        text.Append("\r\n");
    }
}
