using SupportSignals.Events;
using SupportSignals.Processing;
using SupportSignals.Webhooks;

namespace SupportSignals.Intake;

/// <summary>
/// <c>POST /api/webhooks/{source}</c>: verify the raw bytes, normalise, store durably, dedupe, enqueue — and only
/// then say 2xx. Anything that cannot be stored is refused with 503, never acknowledged.
/// </summary>
public sealed class WebhookIntake(
    WebhookSources sources,
    IDeliveryArchive archive,
    EventAdmission admission,
    IPoisonStore poison)
{
    public const int MaxBodyBytes = 1024 * 1024;
    public const int RetryAfterSeconds = 10;

    public async Task<IntakeOutcome> AcceptAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        if (!sources.TryGet(request.Source, out var source, out var options))
            return Refuse(Problem.UnknownSource(request.Source));
        if (request.Body.Length > MaxBodyBytes)
            return Refuse(Problem.TooLarge(MaxBodyBytes));
        if (request.MediaType is not { } mediaType || !source.MediaTypes.Contains(mediaType))
            return Refuse(Problem.UnsupportedMediaType(request.ContentType, source.MediaTypes));

        var verification = source.Verify(request, options);
        if (!verification.IsValid)
            return Refuse(Problem.SignatureRejected(verification.FailedCheck!));

        var normalised = source.Normalise(request, options);
        if (normalised.Malformed is { } malformed)
            return Refuse(Problem.Malformed(malformed));
        if (normalised.Handshake is { } reply)
            return new IntakeOutcome.Handshake(reply.Status, reply.ContentType, reply.Body);
        if (normalised.Events.Count == 0 && normalised.Rejected.Count > 0)
            return Refuse(Problem.Malformed("No event in the delivery is valid.", [.. normalised.Rejected.Select(r => r.Reason)]));

        try
        {
            return await StoreAsync(request, source.Name, normalised, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return Refuse(Problem.StorageUnavailable(RetryAfterSeconds));
        }
    }

    private async Task<IntakeOutcome> StoreAsync(WebhookRequest request, string sourceName, Normalisation normalised, CancellationToken cancellationToken)
    {
        var events = normalised.Events.Select(e => e with { Source = sourceName }).ToList();
        if (events.Count == 0)
            return new IntakeOutcome.Accepted(DeliveryIds.New(request.ReceivedAt), 0, 0, 0);

        var delivery = archive.Store(new RawDelivery
        {
            Source = sourceName,
            ReceivedAt = request.ReceivedAt,
            ContentType = request.ContentType,
            Url = request.Url,
            Headers = ArchivedHeaders.Select(request.Headers),
            Body = request.Body,
        });
        var duplicates = await admission.AdmitAsync(delivery, events, cancellationToken);

        foreach (var rejected in normalised.Rejected)
        {
            await poison.AddAsync(new PoisonRecord
            {
                Id = $"{delivery.Id}-{Guid.NewGuid():N}",
                Kind = PoisonKind.Normalisation,
                Source = sourceName,
                Reason = rejected.Reason,
                Payload = rejected.Fragment,
                DeliveryId = delivery.Id,
                FailedAt = request.ReceivedAt,
            }, cancellationToken);
        }

        return new IntakeOutcome.Accepted(delivery.Id, events.Count, duplicates, normalised.Rejected.Count);
    }

    private static IntakeOutcome.Refused Refuse(Problem problem) => new(problem);
}
