using global::Azure.Core;

namespace SupportSignals.Azure.Sentiment;

/// <summary>Pipeline options for <see cref="LanguageClient"/>: retries with exponential back-off honour 429 Retry-After.</summary>
public sealed class LanguageClientOptions : ClientOptions
{
    public const string ApiVersion = "2023-04-01";

    public LanguageClientOptions()
    {
        Retry.MaxRetries = 5;
        Retry.Mode = RetryMode.Exponential;
        Retry.Delay = TimeSpan.FromMilliseconds(500);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}
