namespace SupportSignals;

/// <summary>
/// Why a request was refused, as an RFC 9457 problem. The HTTP edge renders it in one place; the slug
/// becomes the problem type URI.
/// </summary>
public sealed record Problem(int Status, string Slug, string Title, string Detail)
{
    public const string TypeBase = "https://supportsignals.dev/problems/";

    /// <summary>Seconds the caller should wait before retrying (503).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Per-item reasons, e.g. which events of a batch were invalid.</summary>
    public IReadOnlyList<string>? Errors { get; init; }

    public string Type => TypeBase + Slug;

    public static Problem UnknownSource(string source) =>
        new(404, "unknown-source", "Unknown webhook source", $"No source named '{source}' is enabled on this pipeline.");

    public static Problem TooLarge(long limit) =>
        new(413, "payload-too-large", "Payload too large", $"The body is larger than {limit} bytes.");

    public static Problem UnsupportedMediaType(string? actual, IEnumerable<string> accepted) =>
        new(415, "unsupported-media-type", "Unsupported media type",
            $"Content-Type '{actual ?? "(none)"}' is not accepted; send {string.Join(" or ", accepted)}.");

    public static Problem SignatureRejected(string failedCheck) =>
        new(401, "signature-rejected", "Signature verification failed", $"The request was not accepted because {failedCheck}.");

    public static Problem Malformed(string detail, IReadOnlyList<string>? errors = null) =>
        new(400, "malformed-payload", "Malformed payload", detail) { Errors = errors };

    public static Problem StorageUnavailable(int retryAfterSeconds) =>
        new(503, "storage-unavailable", "Storage unavailable", "The delivery could not be stored durably and was not accepted; retry later.")
        { RetryAfterSeconds = retryAfterSeconds };

    public static Problem MissingKey() =>
        new(401, "missing-key", "API key required", "Send the key in the x-functions-key header or the code query parameter.");

    public static Problem WrongKey() =>
        new(401, "invalid-key", "API key rejected", "The key sent is not valid for this endpoint.");

    public static Problem NotFound(string what) => new(404, "not-found", "Not found", $"{what} was not found.");

    public static Problem BadRequest(string detail) => new(400, "bad-request", "Bad request", detail);

    public static Problem Conflict(string detail) => new(409, "conflict", "Conflict", detail);
}
