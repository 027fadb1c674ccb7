namespace SupportSignals.Intake;

/// <summary>Storage could not be reached or refused for a transient reason: the caller should retry later.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException() { }

    public StorageUnavailableException(string message) : base(message) { }

    public StorageUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
