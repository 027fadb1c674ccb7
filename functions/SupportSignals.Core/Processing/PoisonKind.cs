namespace SupportSignals.Processing;

/// <summary>Why a record is in the poison store, which decides what a replay does.</summary>
public static class PoisonKind
{
    /// <summary>An item of a delivery that could not be normalised; replay re-normalises the archived delivery.</summary>
    public const string Normalisation = "normalisation";
    /// <summary>An event whose processing kept failing; replay enqueues it again.</summary>
    public const string Processing = "processing";
}
