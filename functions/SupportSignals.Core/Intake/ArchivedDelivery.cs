namespace SupportSignals.Intake;

/// <summary>
/// A delivery handed to the archive. Its id is known at once, so the inbox can record it while the raw copy is
/// still being written; <see cref="Written"/> completes when the copy is durable (or fails with the write).
/// </summary>
public sealed record ArchivedDelivery(string Id, Task Written)
{
    /// <summary>A delivery the archive has held for some time, such as one being replayed.</summary>
    public static ArchivedDelivery Existing(string id) => new(id, Task.CompletedTask);
}
