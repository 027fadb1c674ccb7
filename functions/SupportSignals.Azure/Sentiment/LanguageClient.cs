using System.Text.Json;
using global::Azure;
using global::Azure.Core;
using global::Azure.Core.Pipeline;

namespace SupportSignals.Azure.Sentiment;

/// <summary>A document for Azure AI Language: at most <see cref="LanguageClient.MaxCharacters"/> characters.</summary>
public sealed record LanguageDocument(string Id, string Text, string? Language);

/// <summary>
/// Azure AI Language sentiment analysis with opinion mining over REST (<c>POST {endpoint}/language/:analyze-text</c>),
/// built on Azure.Core's pipeline: retries with back-off, 429 Retry-After honoured, key or Entra authentication.
/// Shaped like an Azure SDK client: thread-safe, mockable (virtual methods, protected constructor).
/// </summary>
public class LanguageClient
{
    /// <summary>The synchronous sentiment API's per-request document limit.</summary>
    public const int MaxDocuments = 10;
    /// <summary>The per-document character limit (text elements) of the synchronous API.</summary>
    public const int MaxCharacters = 5120;
    /// <summary>The model every request asks for: the service's newest.</summary>
    public const string ModelVersion = "latest";
    private const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly HttpPipeline _pipeline = null!;
    private readonly Uri _endpoint = null!;

    protected LanguageClient() { }

    public LanguageClient(Uri endpoint, AzureKeyCredential credential, LanguageClientOptions? options = null)
        : this(endpoint, new KeyHeaderPolicy(credential, KeyHeader), options) { }

    public LanguageClient(Uri endpoint, TokenCredential credential, LanguageClientOptions? options = null)
        : this(endpoint, new BearerTokenAuthenticationPolicy(credential, "https://cognitiveservices.azure.com/.default"), options) { }

    private LanguageClient(Uri endpoint, HttpPipelinePolicy authentication, LanguageClientOptions? options)
    {
        _endpoint = endpoint;
        _pipeline = HttpPipelineBuilder.Build(options ?? new LanguageClientOptions(), authentication);
    }

    /// <summary>One request: at most <see cref="MaxDocuments"/> documents. The response JSON's <c>results</c>, parsed.</summary>
    public virtual async Task<JsonDocument> AnalyzeSentimentAsync(IReadOnlyList<LanguageDocument> documents, CancellationToken cancellationToken = default)
    {
        if (documents.Count is 0 or > MaxDocuments) throw new ArgumentOutOfRangeException(nameof(documents), $"1 to {MaxDocuments} documents per request.");
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(new Uri(_endpoint, "language/:analyze-text"));
        request.Uri.AppendQuery("api-version", LanguageClientOptions.ApiVersion);
        request.Headers.Add("Content-Type", "application/json");
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(new
        {
            kind = "SentimentAnalysis",
            parameters = new { opinionMining = true, modelVersion = ModelVersion, stringIndexType = "Utf16CodeUnit" },
            analysisInput = new { documents = documents.Select(d => new { id = d.Id, language = d.Language ?? "en", text = d.Text }) },
        }));
        await _pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        if (response.IsError) throw new RequestFailedException(response);
        return await JsonDocument.ParseAsync(response.ContentStream!, cancellationToken: cancellationToken);
    }
}
