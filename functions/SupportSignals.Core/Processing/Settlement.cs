namespace SupportSignals.Processing;

/// <summary>What to do with a queue message after an attempt: the transport carries it out.</summary>
public abstract record Settlement
{
    public sealed record Complete : Settlement;

    /// <summary>Leave it for another attempt (abandon / let the visibility timeout expire).</summary>
    public sealed record Retry(string Reason) : Settlement;

    /// <summary>Recorded in the poison store; remove it from the queue (dead-letter with this reason).</summary>
    public sealed record DeadLetter(string Reason) : Settlement;

    public static readonly Complete Completed = new();
}
