namespace SupportSignals.Retention;

/// <summary>Posts a short digest of a summary somewhere people read (Slack, Teams). Never throws: delivery is optional.</summary>
public interface IDigestSender
{
    /// <returns>True when delivered, false when not configured or every attempt failed.</returns>
    Task<bool> SendAsync(DailySummary summary, CancellationToken cancellationToken = default);
}
