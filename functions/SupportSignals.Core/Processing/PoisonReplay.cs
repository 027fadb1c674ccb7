using SupportSignals.Events;
using SupportSignals.Intake;
using SupportSignals.Webhooks;

namespace SupportSignals.Processing;

/// <summary>
/// <c>POST /api/poison/{id}/replay</c>: a processing failure is enqueued again; a normalisation failure re-normalises
/// its archived delivery (with today's code) and admits what now comes out, deduplicated by the inbox.
/// </summary>
public sealed class PoisonReplay(IPoisonStore poison, IDeliveryArchive archive, EventAdmission admission, IEventQueue queue, WebhookSources sources)
{
    public async Task<Problem?> ReplayAsync(string poisonId, CancellationToken cancellationToken = default)
    {
        var record = await poison.FindAsync(poisonId, cancellationToken);
        if (record is null) return Problem.NotFound($"Poison record '{poisonId}'");

        var problem = record.Kind == PoisonKind.Processing
            ? await RequeueAsync(record, cancellationToken)
            : await RenormaliseAsync(record, cancellationToken);
        if (problem is null) await poison.RemoveAsync(poisonId, cancellationToken);
        return problem;
    }

    private async Task<Problem?> RequeueAsync(PoisonRecord record, CancellationToken cancellationToken)
    {
        CanonicalEvent canonicalEvent;
        try
        {
            canonicalEvent = EventJson.Deserialize(record.Payload);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return Problem.Conflict($"The poisoned message is still not a canonical event: {ex.Message}");
        }
        await queue.EnqueueAsync([canonicalEvent], cancellationToken);
        return null;
    }

    private async Task<Problem?> RenormaliseAsync(PoisonRecord record, CancellationToken cancellationToken)
    {
        if (record.DeliveryId is not { } deliveryId || await archive.FindAsync(record.Source, deliveryId, cancellationToken) is not { } delivery)
            return Problem.NotFound($"Archived delivery '{record.DeliveryId}'");
        if (!sources.TryGet(record.Source, out var source, out var options))
            return Problem.UnknownSource(record.Source);

        var normalised = source.Normalise(new WebhookRequest
        {
            Source = delivery.Source,
            Url = delivery.Url,
            Headers = delivery.Headers,
            ContentType = delivery.ContentType,
            Body = delivery.Body,
            ReceivedAt = delivery.ReceivedAt,
        }, options);
        if (normalised.Rejected.Any(r => r.Fragment == record.Payload))
            return Problem.Conflict("The item still fails: " + normalised.Rejected.First(r => r.Fragment == record.Payload).Reason);

        var events = normalised.Events.Select(e => e with { Source = source.Name }).ToList();
        await admission.AdmitAsync(ArchivedDelivery.Existing(deliveryId), events, cancellationToken);
        return null;
    }
}
