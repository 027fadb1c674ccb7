using System.Security.Cryptography;
using System.Text;

namespace SupportSignals.Webhooks;

/// <summary>
/// The primitives every vendor's scheme is built from: HMACs over raw bytes and constant-time comparison
/// of what the caller sent against what we computed, for each configured secret (rotation).
/// </summary>
public static class Signatures
{
    public static byte[] HmacSha256(string secret, params ReadOnlySpan<ReadOnlyMemory<byte>> parts) =>
        Hmac(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), parts);

    public static byte[] HmacSha1(string secret, params ReadOnlySpan<ReadOnlyMemory<byte>> parts) =>
        Hmac(HashAlgorithmName.SHA1, Encoding.UTF8.GetBytes(secret), parts);

    public static byte[] Hmac(HashAlgorithmName algorithm, byte[] key, params ReadOnlySpan<ReadOnlyMemory<byte>> parts)
    {
        using var hmac = IncrementalHash.CreateHMAC(algorithm, key);
        foreach (var part in parts) hmac.AppendData(part.Span);
        return hmac.GetHashAndReset();
    }

    public static ReadOnlyMemory<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Constant-time: does the lower- or upper-case hex the caller sent equal <paramref name="expected"/>?</summary>
    public static bool HexEquals(ReadOnlySpan<byte> expected, string? providedHex)
    {
        if (string.IsNullOrEmpty(providedHex) || providedHex.Length != expected.Length * 2) return false;
        Span<byte> provided = stackalloc byte[expected.Length];
        return Convert.FromHexString(providedHex, provided, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, provided);
    }

    /// <summary>Constant-time: does the base64 the caller sent equal <paramref name="expected"/>?</summary>
    public static bool Base64Equals(ReadOnlySpan<byte> expected, string? providedBase64)
    {
        if (string.IsNullOrEmpty(providedBase64)) return false;
        Span<byte> provided = stackalloc byte[expected.Length + 3];
        return Convert.TryFromBase64String(providedBase64, provided, out var written)
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, provided[..written]);
    }

    /// <summary>
    /// Constant-time comparison of two secrets of possibly different length: both are hashed first so the
    /// time taken reveals neither the length nor a matching prefix.
    /// </summary>
    public static bool SecretEquals(string expected, string? provided)
    {
        if (provided is null) return false;
        Span<byte> left = stackalloc byte[32];
        Span<byte> right = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), left);
        SHA256.HashData(Encoding.UTF8.GetBytes(provided), right);
        return CryptographicOperations.FixedTimeEquals(left, right);
    }

    /// <summary>True when <paramref name="matches"/> holds for any configured secret; every secret is tried, always.</summary>
    public static bool AnySecret(SourceOptions options, Func<string, bool> matches)
    {
        var any = false;
        foreach (var secret in options.Secrets()) any |= matches(secret);
        return any;
    }

    /// <summary>Is a signed unix-seconds timestamp within the replay window around <paramref name="now"/>?</summary>
    public static bool WithinTolerance(long unixSeconds, DateTimeOffset now, int toleranceSeconds) =>
        Math.Abs(now.ToUnixTimeSeconds() - unixSeconds) <= toleranceSeconds;
}
