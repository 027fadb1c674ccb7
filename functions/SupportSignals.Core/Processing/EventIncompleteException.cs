namespace SupportSignals.Processing;

/// <summary>
/// An event lacks what its projections need and its source could not supply it: the reason names what is missing
/// and the setting or record that would supply it, so the poisoned event can be replayed once that is fixed.
/// </summary>
public sealed class EventIncompleteException : Exception
{
    public EventIncompleteException() { }

    public EventIncompleteException(string message) : base(message) { }

    public EventIncompleteException(string message, Exception innerException) : base(message, innerException) { }
}
