using Azure;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportSignals.Azure.Sentiment;
using SupportSignals.Processing;
using SupportSignals.Sentiment;
using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Api.Sentiment;

public static class SentimentRegistration
{
    /// <summary>
    /// <c>Sentiment__Analyzer</c>: <c>embedded</c> (default; no network, no keys), <c>azure</c> (Azure AI Language,
    /// <c>Language__Endpoint</c> with <c>Language__Key</c> or the managed identity), or <c>hybrid</c> (embedded screen,
    /// Azure only for texts with a likely service mention).
    /// </summary>
    public static IServiceCollection AddSentiment(this IServiceCollection services, IConfiguration configuration)
    {
        var mode = (configuration["Sentiment:Analyzer"] ?? "embedded").Trim().ToLowerInvariant();
        services.AddSingleton<EmbeddedAnalyzer>();
        switch (mode)
        {
            case "embedded":
                services.AddSingleton<ISentimentAnalyzer>(sp => sp.GetRequiredService<EmbeddedAnalyzer>());
                break;
            case "azure" or "hybrid":
                var language = configuration.GetSection("Language").Get<LanguageOptions>() ?? new LanguageOptions();
                if (!Uri.TryCreate(language.Endpoint, UriKind.Absolute, out var endpoint))
                    throw new InvalidOperationException($"Sentiment__Analyzer={mode} needs Language__Endpoint (https://<name>.cognitiveservices.azure.com/).");
                var clientId = language.ClientId ?? configuration["Identity:ClientId"];
                var client = string.IsNullOrEmpty(language.Key)
                    ? new LanguageClient(endpoint, string.IsNullOrEmpty(clientId) ? new DefaultAzureCredential() : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)))
                    : new LanguageClient(endpoint, new AzureKeyCredential(language.Key));
                services.AddSingleton(new AzureLanguageAnalyzer(client));
                services.AddSingleton<ISentimentAnalyzer>(sp => mode == "azure"
                    ? sp.GetRequiredService<AzureLanguageAnalyzer>()
                    : new HybridAnalyzer(sp.GetRequiredService<EmbeddedAnalyzer>(), sp.GetRequiredService<AzureLanguageAnalyzer>()));
                break;
            default:
                throw new InvalidOperationException($"Sentiment__Analyzer must be embedded, azure or hybrid, not '{mode}'.");
        }
        services.AddSingleton<IEventProjection, FeedbackAnalysisProjection>();
        services.AddSingleton<FeedbackReanalysis>();
        return services;
    }
}
