using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Trustpilot;

/// <summary>
/// Trustpilot service-review webhooks (batched <c>events</c>) are not signed: the shared secret comes as basic auth
/// in the webhook URL (<c>https://user:password@host/...</c>, "user:password" secret) or in a header
/// (<c>Settings__SecretHeader</c>, default <c>X-SupportSignals-Secret</c>). Created/updated reviews map to
/// review.published, deleted to review.deleted; dedupe key = event name + review id + its update time.
/// </summary>
public sealed class TrustpilotSource : IWebhookSource
{
    public string Name => "trustpilot";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithSecret(Name, options);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options) =>
        SharedSecret.Verify(request, options, options.Setting("SecretHeader") ?? Freshdesk.FreshdeskSource.DefaultSecretHeader);

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        var events = new List<CanonicalEvent>();
        var rejected = new List<RejectedEvent>();
        foreach (var item in JsonPayload.Items(document.RootElement))
        {
            var mapped = Map(item);
            if (mapped is null || EventValidation.Problem(mapped) is { } problem)
                rejected.Add(new RejectedEvent(mapped is null ? "not a Trustpilot review event (eventName, eventData.id and a time are needed)" : EventValidation.Problem(mapped)!, item.GetRawText()));
            else events.Add(mapped);
        }
        return Normalisation.Of(events, rejected);
    }

    private static CanonicalEvent? Map(JsonElement item)
    {
        var name = JsonRead.Text(item, "eventName");
        var data = JsonRead.At(item, "eventData");
        var id = data is { } d ? JsonRead.Text(d, "id") : null;
        if (name is null || data is not { } review || id is null) return null;
        var at = JsonRead.Time(review, "updatedAt") ?? JsonRead.Time(review, "createdAt") ?? JsonRead.Time(review, "deletedAt");
        if (at is null) return null;
        var deleted = name.EndsWith("deleted", StringComparison.Ordinal);
        return new CanonicalEvent
        {
            Id = $"{name}:{id}:{at.Value.ToUnixTimeMilliseconds()}",
            Type = deleted ? EventType.ReviewDeleted : EventType.ReviewPublished,
            OccurredAt = at.Value,
            ContactId = JsonRead.Text(review, "consumer.id"),
            AccountId = JsonRead.Text(review, "referenceId"),
            Review = new ReviewInfo
            {
                Id = id,
                Stars = (int)(JsonRead.Long(review, "stars") ?? (deleted ? 1 : 0)),
                Title = JsonRead.Text(review, "title"),
                Text = JsonRead.Text(review, "text"),
                Language = JsonRead.Text(review, "language"),
                Platform = "trustpilot",
            },
        };
    }
}
