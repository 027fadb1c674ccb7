namespace SupportSignals.Azure.Processing;

/// <summary>Bound from <c>Processing__*</c>.</summary>
public sealed class ConsumerOptions
{
    /// <summary>Attempts before a message goes to the poison store (Service Bus: the queue's max delivery count).</summary>
    public int MaxAttempts { get; set; } = 5;
    public int BatchSize { get; set; } = 32;
    public int Parallelism { get; set; } = 8;
    /// <summary>How long a received message stays hidden; a consumer that dies mid-message releases it after this.</summary>
    public int VisibilityTimeoutSeconds { get; set; } = 60;
}
