using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SupportSignals.Api.Responses;

/// <summary>
/// The continuation token a list endpoint hands out: the store's own token prefixed with a fingerprint of the list
/// (its path) and of that token. A token that is damaged, cut short or comes from another list is recognised and
/// refused, instead of being read as a start key that silently pages from somewhere else. The fingerprint is not a secret: it guards against
/// mistakes, not forgery, and a forged token can only page through a list the caller's key already opens.
/// </summary>
public static class ContinuationToken
{
    private const int FingerprintLength = 8;

    public static string Seal(string storeToken, string list)
    {
        var inner = Encoding.UTF8.GetBytes(storeToken);
        var sealedToken = new byte[FingerprintLength + inner.Length];
        inner.CopyTo(sealedToken.AsSpan(FingerprintLength));
        Fingerprint(list, inner, sealedToken.AsSpan(0, FingerprintLength));
        return Base64Url.EncodeToString(sealedToken);
    }

    /// <returns>The store's token, or null when <paramref name="token"/> was not sealed for <paramref name="list"/>.</returns>
    public static string? Open(string token, string list)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return null;
        }
        if (bytes.Length <= FingerprintLength) return null;
        Span<byte> expected = stackalloc byte[FingerprintLength];
        Fingerprint(list, bytes.AsSpan(FingerprintLength), expected);
        return bytes.AsSpan(0, FingerprintLength).SequenceEqual(expected)
            ? Encoding.UTF8.GetString(bytes, FingerprintLength, bytes.Length - FingerprintLength)
            : null;
    }

    private static void Fingerprint(string list, ReadOnlySpan<byte> storeToken, Span<byte> destination) =>
        SHA256.HashData([.. Encoding.UTF8.GetBytes(list), 0, .. storeToken]).AsSpan(0, FingerprintLength).CopyTo(destination);
}
