using SupportSignals.Webhooks.Chargebee;
using SupportSignals.Webhooks.Chatwoot;
using SupportSignals.Webhooks.Delighted;
using SupportSignals.Webhooks.Freshdesk;
using SupportSignals.Webhooks.Front;
using SupportSignals.Webhooks.Generic;
using SupportSignals.Webhooks.HelpScout;
using SupportSignals.Webhooks.HubSpot;
using SupportSignals.Webhooks.Intercom;
using SupportSignals.Webhooks.Stripe;
using SupportSignals.Webhooks.Trustpilot;
using SupportSignals.Webhooks.Typeform;
using SupportSignals.Webhooks.Zendesk;

namespace SupportSignals.Webhooks;

/// <summary>Every vendor this pipeline can receive from; each is enabled by configuring it.</summary>
public static class KnownSources
{
    public static IReadOnlyList<IWebhookSource> All { get; } =
    [
        new GenericSource(),
        new ZendeskSource(),
        new IntercomSource(),
        new FreshdeskSource(),
        new HubSpotSource(),
        new HelpScoutSource(),
        new FrontSource(),
        new ChatwootSource(),
        new DelightedSource(),
        new TypeformSource(),
        new TrustpilotSource(),
        new StripeSource(),
        new ChargebeeSource(),
    ];
}
