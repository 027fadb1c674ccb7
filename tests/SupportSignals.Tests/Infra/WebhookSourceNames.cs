namespace SupportSignals.Tests.Infra;

/// <summary>The sources the deployment must be able to enable, as the app names them in Webhooks__{source}__*.</summary>
internal static class WebhookSourceNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "generic", "zendesk", "intercom", "freshdesk", "hubspot", "helpscout", "front",
        "chatwoot", "delighted", "typeform", "trustpilot", "stripe", "chargebee",
    ];
}
