namespace SupportSignals.Intake;

/// <summary>What the intake answers: accepted (202), a handshake reply, or a problem.</summary>
public abstract record IntakeOutcome
{
    /// <summary>Stored durably; <see cref="Duplicate"/> when every event had been accepted before.</summary>
    public sealed record Accepted(string DeliveryId, int Events, int Duplicates, int Rejected) : IntakeOutcome
    {
        public bool Duplicate => Events > 0 && Duplicates == Events;
    }

    public sealed record Handshake(int Status, string ContentType, string Body) : IntakeOutcome;

    public sealed record Refused(Problem Problem) : IntakeOutcome;
}
