namespace SupportSignals.Intake;

/// <summary>What the intake answers: accepted (202), a handshake reply, or a problem.</summary>
public abstract record IntakeOutcome
{
    /// <summary>Archived and queued.</summary>
    public sealed record Accepted(string DeliveryId, int Events, int Rejected) : IntakeOutcome;

    public sealed record Handshake(int Status, string ContentType, string Body) : IntakeOutcome;

    public sealed record Refused(Problem Problem) : IntakeOutcome;
}
