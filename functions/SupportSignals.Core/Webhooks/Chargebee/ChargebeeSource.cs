using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Chargebee;

/// <summary>
/// Chargebee webhooks authenticate with basic auth ("user:password" secret, compared in constant time). Subscription
/// events map to MRR changes (subscription.mrr in minor units), scheduled cancellation and its removal, and
/// cancellation (churn). Dedupe key: the event id.
/// </summary>
public sealed class ChargebeeSource : IWebhookSource
{
    public string Name => "chargebee";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options) => SharedSecret.ProblemsWithUserPassword(Name, options);

    public VerificationResult Verify(WebhookRequest request, SourceOptions options) => SharedSecret.Verify(request, options, headerName: null);

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        var root = document.RootElement;
        var id = JsonRead.Text(root, "id");
        var type = JsonRead.Text(root, "event_type");
        var at = JsonRead.Time(root, "occurred_at");
        if (id is null || type is null || at is null) return Normalisation.MalformedBody("a Chargebee event needs id, event_type and occurred_at");
        if (!type.StartsWith("subscription_", StringComparison.Ordinal) || JsonRead.At(root, "content.subscription") is not { } subscription) return Normalisation.Nothing;

        var currency = JsonRead.Text(subscription, "currency_code") ?? "USD";
        var status = JsonRead.Text(subscription, "status") switch
        {
            "active" or "non_renewing" => SubscriptionStatus.Active,
            "in_trial" => SubscriptionStatus.Trialing,
            "cancelled" => SubscriptionStatus.Canceled,
            "paused" => SubscriptionStatus.Ended,
            _ => SubscriptionStatus.Active,
        };
        var mrr = MinorUnits.FromMinor(JsonRead.Long(subscription, "mrr") ?? 0, currency);
        var info = new SubscriptionInfo
        {
            Id = JsonRead.Text(subscription, "id") ?? id,
            Status = type == "subscription_cancelled" ? SubscriptionStatus.Canceled : status,
            Plan = JsonRead.Text(subscription, "plan_id"),
            MrrAfter = type == "subscription_cancelled" ? Money.Zero(mrr.Currency) : mrr,
            MrrBefore = type == "subscription_cancelled" ? mrr : null,
            CancelAt = JsonRead.Time(subscription, "cancelled_at"),
        };
        var eventType = type switch
        {
            "subscription_cancellation_scheduled" => EventType.CancellationScheduled,
            "subscription_scheduled_cancellation_removed" => EventType.CancellationWithdrawn,
            _ => EventType.SubscriptionChanged,
        };
        var e = new CanonicalEvent
        {
            Id = id,
            Type = eventType,
            OccurredAt = at.Value,
            AccountId = JsonRead.Text(subscription, "customer_id") ?? JsonRead.Text(root, "content.customer.id"),
            ContactId = JsonRead.Text(root, "content.customer.id"),
            Subscription = info,
        };
        return Normalisation.Validated([e], root.GetRawText());
    }
}
