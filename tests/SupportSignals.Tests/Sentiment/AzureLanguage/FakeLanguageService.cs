using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SupportSignals.Tests.TestSupport;

namespace SupportSignals.Tests.Sentiment.AzureLanguage;

/// <summary>
/// A real HTTP server answering like Azure AI Language's analyze-text (documented response shape, api-version
/// 2023-04-01): one sentence per document, the word "support" as an opinion target assessed "slow" (negative) or
/// "great" (positive); a text containing "FAIL" gets a per-document error. Failures can be queued up front.
/// </summary>
public sealed class FakeLanguageService : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();

    public ConcurrentQueue<(string Path, string Query, string? Key, JsonNode Body)> Requests { get; } = new();
    public Uri Endpoint => _server.Url;

    public static async Task<FakeLanguageService> StartAsync()
    {
        var service = new FakeLanguageService();
        service._server = await LoopbackServer.StartAsync(app => app.Run(service.HandleAsync));
        return service;
    }

    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    private async Task HandleAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        Requests.Enqueue((context.Request.Path, context.Request.QueryString.Value ?? "", context.Request.Headers["Ocp-Apim-Subscription-Key"].FirstOrDefault(), body));
        if (_failures.TryDequeue(out var failure))
        {
            context.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is not null) context.Response.Headers.RetryAfter = failure.RetryAfter;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "slow down" } });
            return;
        }
        var documents = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in body["analysisInput"]!["documents"]!.AsArray())
        {
            var id = (string)document!["id"]!;
            var text = (string)document["text"]!;
            if (text.Contains("FAIL", StringComparison.Ordinal))
                errors.Add(new JsonObject { ["id"] = id, ["error"] = new JsonObject { ["code"] = "InvalidArgument", ["message"] = "Invalid document." } });
            else documents.Add(Analyse(id, text));
        }
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["kind"] = "SentimentAnalysisResults",
            ["results"] = new JsonObject { ["documents"] = documents, ["errors"] = errors, ["modelVersion"] = "2022-11-01" },
        });
    }

    private static JsonObject Analyse(string id, string text)
    {
        var negative = text.Contains("slow", StringComparison.Ordinal);
        var sentiment = negative ? "negative" : "positive";
        var targets = new JsonArray();
        var assessments = new JsonArray();
        var at = text.IndexOf("support", StringComparison.Ordinal);
        if (at >= 0)
        {
            var word = negative ? "slow" : "great";
            targets.Add(new JsonObject
            {
                ["sentiment"] = sentiment,
                ["text"] = "support",
                ["offset"] = at,
                ["length"] = 7,
                ["confidenceScores"] = new JsonObject { ["positive"] = negative ? 0.02 : 0.97, ["negative"] = negative ? 0.98 : 0.03 },
                ["relations"] = new JsonArray(new JsonObject { ["relationType"] = "assessment", ["ref"] = "#/documents/0/sentences/0/assessments/0" }),
            });
            assessments.Add(new JsonObject
            {
                ["sentiment"] = sentiment,
                ["text"] = word,
                ["offset"] = Math.Max(0, text.IndexOf(word, StringComparison.Ordinal)),
                ["length"] = word.Length,
                ["isNegated"] = false,
                ["confidenceScores"] = new JsonObject { ["positive"] = negative ? 0.02 : 0.97, ["negative"] = negative ? 0.98 : 0.03 },
            });
        }
        JsonObject Scores() => new() { ["positive"] = negative ? 0.05 : 0.9, ["neutral"] = 0.05, ["negative"] = negative ? 0.9 : 0.05 };
        return new JsonObject
        {
            ["id"] = id,
            ["sentiment"] = sentiment,
            ["confidenceScores"] = Scores(),
            ["warnings"] = new JsonArray(),
            ["sentences"] = new JsonArray(new JsonObject
            {
                ["sentiment"] = sentiment,
                ["confidenceScores"] = Scores(),
                ["offset"] = 0,
                ["length"] = text.Length,
                ["text"] = text,
                ["targets"] = targets,
                ["assessments"] = assessments,
            }),
        };
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
