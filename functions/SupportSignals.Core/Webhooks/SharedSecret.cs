using System.Text;

namespace SupportSignals.Webhooks;

/// <summary>
/// For vendors that cannot sign: the configured secret sent in a header, or HTTP basic auth with
/// "user:password" as the secret. Compared in constant time against every configured secret (rotation).
/// </summary>
public static class SharedSecret
{
    public static VerificationResult Verify(WebhookRequest request, SourceOptions options, string? headerName)
    {
        if (headerName is not null && request.Header(headerName) is { Length: > 0 } sent)
            return Signatures.AnySecret(options, secret => Signatures.SecretEquals(secret, sent)) ? VerificationResult.Valid : VerificationResult.Failed($"the {headerName} header does not match");
        if (BasicCredentials(request) is { } credentials)
            return Signatures.AnySecret(options, secret => Signatures.SecretEquals(secret, credentials)) ? VerificationResult.Valid : VerificationResult.Failed("the basic-auth credentials do not match");
        return VerificationResult.Failed(headerName is null ? "basic-auth credentials are missing" : $"the {headerName} header and basic-auth credentials are both missing");
    }

    /// <returns>"user:password" from an Authorization: Basic header, or null.</returns>
    public static string? BasicCredentials(WebhookRequest request)
    {
        var authorization = request.Header("Authorization");
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static IEnumerable<string> ProblemsWithUserPassword(string source, SourceOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Secret)) yield return $"Webhooks__{source}__Secret is empty";
        else if (options.Secret.IndexOf(':', StringComparison.Ordinal) is <= 0) yield return $"Webhooks__{source}__Secret must be \"user:password\" for basic auth";
    }

    public static IEnumerable<string> ProblemsWithSecret(string source, SourceOptions options, int minimumLength = 16)
    {
        if (string.IsNullOrWhiteSpace(options.Secret)) yield return $"Webhooks__{source}__Secret is empty";
        else if (options.Secret.Length < minimumLength) yield return $"Webhooks__{source}__Secret must be at least {minimumLength} characters";
    }
}
