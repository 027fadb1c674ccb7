using SupportSignals.Webhooks.Generic;

namespace SupportSignals.Webhooks;

/// <summary>Every vendor this pipeline can receive from; each is enabled by configuring it.</summary>
public static class KnownSources
{
    public static IReadOnlyList<IWebhookSource> All { get; } =
    [
        new GenericSource(),
    ];
}
