namespace SupportSignals.Storage;

/// <summary>One page of a query and the opaque token for the next (null on the last page).</summary>
public sealed record RecordPage<T>(IReadOnlyList<T> Items, string? Continuation);
