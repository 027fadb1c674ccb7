using Microsoft.AspNetCore.Http;
using SupportSignals.Api.Problems;
using SupportSignals.Intake;
using SupportSignals.Webhooks;

namespace SupportSignals.Api.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/{source}</c> on ASP.NET Core: reads the raw body (at most 1 MiB, whether it declares a
/// length or is chunked) and hands it to <see cref="WebhookIntake"/>. Both hosts call this.
/// </summary>
public static class WebhookEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, string source, WebhookIntake intake, TimeProvider clock)
    {
        if (request.ContentLength > WebhookIntake.MaxBodyBytes)
            return new ProblemResult(Problem.TooLarge(WebhookIntake.MaxBodyBytes));
        var body = await ReadBoundedAsync(request.Body, request.ContentLength, WebhookIntake.MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return new ProblemResult(Problem.TooLarge(WebhookIntake.MaxBodyBytes));

        var outcome = await intake.AcceptAsync(new WebhookRequest
        {
            Source = source,
            Method = request.Method,
            Url = new Uri(request.Scheme + "://" + request.Host + request.PathBase + request.Path + request.QueryString),
            Headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            ContentType = request.ContentType,
            Body = body.Value,
            ReceivedAt = clock.GetUtcNow(),
        }, request.HttpContext.RequestAborted);

        return outcome switch
        {
            IntakeOutcome.Accepted accepted => Results.Json(new
            {
                deliveryId = accepted.DeliveryId,
                events = accepted.Events,
                duplicates = accepted.Duplicates,
                rejected = accepted.Rejected,
                duplicate = accepted.Duplicate,
            }, statusCode: StatusCodes.Status202Accepted),
            IntakeOutcome.Handshake handshake => Results.Content(handshake.Body, handshake.ContentType, statusCode: handshake.Status),
            IntakeOutcome.Refused refused => new ProblemResult(refused.Problem),
            _ => throw new InvalidOperationException($"Unknown intake outcome {outcome.GetType().Name}."),
        };
    }

    /// <returns>The body, or null when it is longer than <paramref name="limit"/>.</returns>
    private static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(Stream body, long? declaredLength, int limit, CancellationToken cancellationToken)
    {
        // A declared length (the usual case) sizes the buffer once, with a byte to spare to see the end; a chunked body grows it.
        var buffer = new byte[(int)Math.Min(declaredLength ?? 16 * 1024, limit) + 1];
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > limit) return null;
            if (length == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, limit + 1L));
        }
        return buffer.AsMemory(0, length);
    }
}
