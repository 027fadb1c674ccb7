namespace SupportSignals.Retention;

/// <summary>Settings <c>Summary__*</c> (README).</summary>
public sealed class SummaryOptions
{
    /// <summary>NCRONTAB, six fields, seconds first, UTC.</summary>
    public string Schedule { get; set; } = "0 30 2 * * *";
    /// <summary>A run computes every day missing since the last stored summary, at most this many.</summary>
    public int CatchUpDays { get; set; } = 7;
    /// <summary>A Slack or Teams incoming-webhook URL; empty: no digest.</summary>
    public string? DigestUrl { get; set; }
    /// <summary>"slack" or "teams".</summary>
    public string DigestFormat { get; set; } = "slack";
    public int DigestAttempts { get; set; } = 3;
    /// <summary>The first retry's delay; each later one doubles it (a Retry-After header takes precedence).</summary>
    public double DigestRetryDelaySeconds { get; set; } = 2;
    /// <summary>The public base URL of the API (e.g. https://func-supportsignals.azurewebsites.net), for the link in the digest.</summary>
    public string? PublicUrl { get; set; }
    public int LeaseSeconds { get; set; } = 900;
    /// <summary>How long a run waits for another instance's run to finish.</summary>
    public int LeaseWaitSeconds { get; set; } = 120;
    /// <summary>The longest range one backfill call recomputes.</summary>
    public int MaxBackfillDays { get; set; } = 92;
}
