using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using SupportSignals.Retention;

namespace SupportSignals.Api.Summaries;

/// <summary>
/// Posts the digest to a Slack or Microsoft Teams incoming webhook (<c>Summary__DigestUrl</c>,
/// <c>Summary__DigestFormat</c>), retrying network errors, timeouts, 408, 429 and 5xx with back-off (honouring
/// Retry-After). Delivery is optional: every failure is logged (without the URL, which holds a token) and swallowed.
/// </summary>
public sealed partial class WebhookDigestSender(HttpClient http, SummaryOptions options, TimeProvider clock, ILogger<WebhookDigestSender> logger) : IDigestSender
{
    public const string Slack = "slack";
    public const string Teams = "teams";
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    public async Task<bool> SendAsync(DailySummary summary, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(options.DigestUrl)) return false;
        var pageUrl = options.PublicUrl is { Length: > 0 } publicUrl ? $"{publicUrl.TrimEnd('/')}/api/summaries/{DayKeys.Iso(summary.Date)}.html" : null;
        var payload = Payload(SummaryText.Digest(summary, pageUrl));
        var attempts = Math.Max(1, options.DigestAttempts);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            TimeSpan? retryAfter = null;
            try
            {
                using var response = await http.PostAsJsonAsync(options.DigestUrl, payload, cancellationToken);
                if (response.IsSuccessStatusCode) return true;
                LogRefused(logger, (int)response.StatusCode, attempt, attempts);
                if (!Retryable(response.StatusCode)) return false;
                retryAfter = response.Headers.RetryAfter?.Delta;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogFailed(logger, ex.GetType().Name, attempt, attempts);
            }
            if (attempt < attempts)
                await Task.Delay(retryAfter is { } delay ? TimeSpan.FromTicks(Math.Min(delay.Ticks, MaxRetryAfter.Ticks)) : BackOff(attempt), clock, cancellationToken);
        }
        return false;
    }

    /// <summary>Slack: <c>{"text": …}</c>; Teams: a message with one Adaptive Card, one text block per line.</summary>
    public object Payload(string text) =>
        string.Equals(options.DigestFormat, Teams, StringComparison.OrdinalIgnoreCase)
            ? new
            {
                type = "message",
                attachments = new[]
                {
                    new
                    {
                        contentType = "application/vnd.microsoft.card.adaptive",
                        content = new Dictionary<string, object>
                        {
                            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                            ["type"] = "AdaptiveCard",
                            ["version"] = "1.4",
                            ["body"] = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                                .Select((line, i) => new { type = "TextBlock", text = line, wrap = true, weight = i == 0 ? "Bolder" : "Default" }),
                        },
                    },
                },
            }
            : new { text };

    private TimeSpan BackOff(int attempt) => TimeSpan.FromSeconds(options.DigestRetryDelaySeconds * Math.Pow(2, attempt - 1));

    private static bool Retryable(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary digest refused with HTTP {Status} (attempt {Attempt} of {Attempts})")]
    private static partial void LogRefused(ILogger logger, int status, int attempt, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary digest could not be posted ({Error}, attempt {Attempt} of {Attempts})")]
    private static partial void LogFailed(ILogger logger, string error, int attempt, int attempts);
}
