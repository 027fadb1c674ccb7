using System.Globalization;
using System.Text.Json;
using SupportSignals.Events;
using SupportSignals.Webhooks.Normalising;

namespace SupportSignals.Webhooks.Stripe;

/// <summary>
/// Stripe: <c>Stripe-Signature: t={unix},v1={hex},v1=...</c>; v1 = HMAC-SHA256(whsec secret, "{t}.{body}"), any
/// v1 may match (Stripe sends several during its own secret rotation); v0 is ignored. Subscription events map to
/// MRR changes (before from <c>previous_attributes</c>), cancel_at_period_end to scheduled/withdrawn cancellations.
/// Dedupe key: the event id (evt_…).
/// </summary>
public sealed class StripeSource : IWebhookSource
{
    public const string SignatureHeader = "Stripe-Signature";

    public string Name => "stripe";

    public IReadOnlyCollection<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<string> ConfigurationProblems(SourceOptions options)
    {
        foreach (var (setting, secret) in new[] { ("Secret", options.Secret), ("SecondarySecret", options.SecondarySecret) })
        {
            if (setting == "Secret" && string.IsNullOrWhiteSpace(secret)) yield return "Webhooks__stripe__Secret is empty";
            else if (!string.IsNullOrEmpty(secret) && !secret.StartsWith("whsec_", StringComparison.Ordinal))
                yield return $"Webhooks__stripe__{setting} must be a Stripe endpoint secret (whsec_…)";
        }
    }

    public VerificationResult Verify(WebhookRequest request, SourceOptions options)
    {
        var header = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(header)) return VerificationResult.MissingHeader(SignatureHeader);
        var parts = header.Split(',', StringSplitOptions.TrimEntries).Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var timestamp = parts.FirstOrDefault(p => p[0] == "t")?[1];
        var signatures = parts.Where(p => p[0] == "v1").Select(p => p[1]).ToList();
        if (timestamp is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds))
            return VerificationResult.Failed($"the {SignatureHeader} header has no t= timestamp");
        if (signatures.Count == 0) return VerificationResult.Failed($"the {SignatureHeader} header has no v1= signature");
        if (!Signatures.WithinTolerance(unixSeconds, request.ReceivedAt, options.ToleranceSeconds))
            return VerificationResult.StaleTimestamp(options.ToleranceSeconds);
        var signed = Signatures.Utf8(timestamp + ".");
        return Signatures.AnySecret(options, secret =>
        {
            var expected = Signatures.HmacSha256(secret, signed, request.Body);
            var match = false;
            foreach (var signature in signatures) match |= Signatures.HexEquals(expected, signature);
            return match;
        }) ? VerificationResult.Valid : VerificationResult.Mismatch;
    }

    public Normalisation Normalise(WebhookRequest request, SourceOptions options)
    {
        using var document = JsonPayload.Parse(request.Body, out var error);
        if (document is null) return Normalisation.MalformedBody(error!);
        var root = document.RootElement;
        var id = JsonRead.Text(root, "id");
        var type = JsonRead.Text(root, "type");
        var created = JsonRead.Time(root, "created");
        if (id is null || type is null || created is null) return Normalisation.MalformedBody("a Stripe event needs id, type and created");
        if (!type.StartsWith("customer.subscription.", StringComparison.Ordinal)) return Normalisation.Nothing;
        if (JsonRead.At(root, "data.object") is not { } subscription) return Normalisation.MalformedBody("data.object is missing");

        var customer = JsonRead.Text(subscription, "customer");
        var mrr = MonthlyAmount(subscription);
        if (customer is null || mrr is null)
            return Normalisation.Of([], [new RejectedEvent("the subscription has no customer or no priced items", subscription.GetRawText())]);
        var previous = JsonRead.At(root, "data.previous_attributes");
        var before = previous is { } p && JsonRead.At(p, "items") is not null ? MonthlyAmount(p) : null;
        var status = type == "customer.subscription.deleted" ? SubscriptionStatus.Canceled : Status(JsonRead.Text(subscription, "status"));
        var info = new SubscriptionInfo
        {
            Id = JsonRead.Text(subscription, "id") ?? customer,
            Status = status,
            Plan = FirstPrice(subscription),
            MrrBefore = before ?? (status == SubscriptionStatus.Canceled ? mrr : null),
            MrrAfter = status == SubscriptionStatus.Canceled ? Money.Zero(mrr.Currency) : mrr,
            CancelAt = JsonRead.Time(subscription, "cancel_at"),
        };
        var changed = new CanonicalEvent { Id = id, Type = EventType.SubscriptionChanged, OccurredAt = created.Value, AccountId = customer, Subscription = info };
        var events = new List<CanonicalEvent> { changed };

        var cancelAtPeriodEnd = JsonRead.At(subscription, "cancel_at_period_end")?.ValueKind == JsonValueKind.True;
        if (previous is { } prior && JsonRead.At(prior, "cancel_at_period_end") is { } was && was.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var wasScheduled = was.ValueKind == JsonValueKind.True;
            if (cancelAtPeriodEnd != wasScheduled)
            {
                events.Add(changed with
                {
                    Id = id + (cancelAtPeriodEnd ? ":cancellation_scheduled" : ":cancellation_withdrawn"),
                    Type = cancelAtPeriodEnd ? EventType.CancellationScheduled : EventType.CancellationWithdrawn,
                    Subscription = info with { CancelAt = info.CancelAt ?? JsonRead.Time(subscription, "current_period_end") },
                });
            }
        }
        return Normalisation.Of(events);
    }

    private static string Status(string? stripeStatus) => stripeStatus switch
    {
        "active" => SubscriptionStatus.Active,
        "trialing" => SubscriptionStatus.Trialing,
        "past_due" => SubscriptionStatus.PastDue,
        "unpaid" => SubscriptionStatus.Unpaid,
        "canceled" or "incomplete_expired" => SubscriptionStatus.Canceled,
        _ => SubscriptionStatus.Ended,
    };

    private static string? FirstPrice(JsonElement subscription) =>
        JsonRead.At(subscription, "items.data") is { ValueKind: JsonValueKind.Array } items && items.GetArrayLength() > 0
            ? JsonRead.Text(items[0], "price.lookup_key") ?? JsonRead.Text(items[0], "price.id")
            : null;

    /// <summary>Σ unit_amount × quantity over the items, each normalised to a month by its recurring interval.</summary>
    public static Money? MonthlyAmount(JsonElement subscription)
    {
        if (JsonRead.At(subscription, "items.data") is not { ValueKind: JsonValueKind.Array } items) return null;
        string? currency = null;
        decimal monthly = 0;
        foreach (var item in items.EnumerateArray())
        {
            var amount = JsonRead.Decimal(item, "price.unit_amount_decimal") ?? JsonRead.Decimal(item, "price.unit_amount");
            if (amount is null) continue;
            currency ??= JsonRead.Text(item, "price.currency");
            var quantity = JsonRead.Decimal(item, "quantity") ?? 1;
            var count = JsonRead.Decimal(item, "price.recurring.interval_count") ?? 1;
            var perMonth = JsonRead.Text(item, "price.recurring.interval") switch
            {
                "year" => 1m / 12,
                "week" => 52m / 12,
                "day" => 365m / 12,
                _ => 1m,
            };
            monthly += amount.Value * quantity * perMonth / count;
        }
        return currency is null ? null : MinorUnits.FromMinor((long)Math.Round(monthly, MidpointRounding.AwayFromZero), currency);
    }
}
