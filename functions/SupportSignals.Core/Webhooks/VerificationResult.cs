namespace SupportSignals.Webhooks;

/// <summary>Whether a request proved it came from the vendor; a failure names the check, never the expected value.</summary>
public sealed record VerificationResult(bool IsValid, string? FailedCheck)
{
    public static readonly VerificationResult Valid = new(true, null);

    public static VerificationResult Failed(string failedCheck) => new(false, failedCheck);

    public static VerificationResult MissingHeader(string header) => Failed($"the {header} header is missing or empty");

    public static readonly VerificationResult Mismatch = Failed("the signature does not match the body");

    public static VerificationResult StaleTimestamp(int toleranceSeconds) =>
        Failed($"the signed timestamp is more than {toleranceSeconds} s from the server's clock");
}
