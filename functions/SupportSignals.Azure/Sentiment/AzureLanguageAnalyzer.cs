using System.Text.Json;
using SupportSignals.Sentiment;

namespace SupportSignals.Azure.Sentiment;

/// <summary>
/// <see cref="ISentimentAnalyzer"/> on Azure AI Language: texts over the character limit are split on sentence
/// boundaries and re-assembled with offsets into the original text; documents go in batches of the per-request
/// limit; opinion-mining targets that name the service become <see cref="ServiceMention"/>s (categories from
/// <see cref="ServiceTerms"/>); a per-document error becomes that text's <see cref="TextAnalysis.Error"/>.
/// </summary>
public sealed class AzureLanguageAnalyzer(LanguageClient client) : ISentimentAnalyzer
{
    private sealed record Part(int Request, int Index, int Offset, string Text);

    private sealed record PartResult(Part Part, JsonElement? Document, string? Error);

    /// <summary>
    /// The API and model asked for. "latest" moves on Azure's side without notice, so this version changes only when
    /// the analyzer does (e.g. from embedded to Azure), not when Microsoft updates the model.
    /// </summary>
    public string Version => $"azure-language/{LanguageClientOptions.ApiVersion}/{LanguageClient.ModelVersion}";

    public async Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisRequest> texts, CancellationToken cancellationToken = default)
    {
        var parts = texts.SelectMany((t, i) => Split(t.Text).Select((p, n) => new Part(i, n, p.Offset, p.Text))).ToList();
        var results = new List<PartResult>();
        foreach (var batch in parts.Chunk(LanguageClient.MaxDocuments))
        {
            using var response = await client.AnalyzeSentimentAsync(
                [.. batch.Select(p => new LanguageDocument($"{p.Request}.{p.Index}", p.Text, texts[p.Request].Language))], cancellationToken);
            var root = response.RootElement.TryGetProperty("results", out var inner) ? inner : response.RootElement;
            var documents = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.Clone());
            var errors = root.TryGetProperty("errors", out var list)
                ? list.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("error").GetProperty("message").GetString() ?? "error")
                : [];
            foreach (var part in batch)
            {
                var id = $"{part.Request}.{part.Index}";
                results.Add(new PartResult(part, documents.TryGetValue(id, out var document) ? document : null,
                    errors.GetValueOrDefault(id) ?? (documents.ContainsKey(id) ? null : "no result returned")));
            }
        }
        return [.. texts.Select((t, i) => Assemble(t, [.. results.Where(r => r.Part.Request == i).OrderBy(r => r.Part.Index)]))];
    }

    private static TextAnalysis Assemble(AnalysisRequest request, IReadOnlyList<PartResult> parts)
    {
        if (parts.FirstOrDefault(p => p.Error is not null) is { } failed)
            return new TextAnalysis { Id = request.Id, Language = request.Language ?? "und", Polarity = Polarity.Neutral, Scores = new(0, 1, 0), Error = failed.Error };

        var sentences = new List<SentenceSentiment>();
        var mentions = new List<ServiceMention>();
        foreach (var (part, document, _) in parts)
        {
            foreach (var sentence in document!.Value.GetProperty("sentences").EnumerateArray())
            {
                sentences.Add(new SentenceSentiment(sentence.GetProperty("text").GetString()!, part.Offset + sentence.GetProperty("offset").GetInt32(),
                    sentence.GetProperty("length").GetInt32(), PolarityOf(sentence), ScoresOf(sentence)));
                mentions.AddRange(Mentions(sentence, part.Offset));
            }
        }
        var scores = new SentimentScores(
            parts.Average(p => ScoresOf(p.Document!.Value).Positive), parts.Average(p => ScoresOf(p.Document!.Value).Neutral), parts.Average(p => ScoresOf(p.Document!.Value).Negative));
        var polarities = parts.Select(p => PolarityOf(p.Document!.Value)).Distinct().ToList();
        var polarity = polarities.Count == 1 ? polarities[0]
            : polarities.Contains(Polarity.Positive) && polarities.Contains(Polarity.Negative) ? Polarity.Mixed
            : polarities.First(p => p != Polarity.Neutral);
        return new TextAnalysis { Id = request.Id, Language = request.Language ?? "und", Polarity = polarity, Scores = scores, Sentences = sentences, Mentions = mentions };
    }

    private static IEnumerable<ServiceMention> Mentions(JsonElement sentence, int baseOffset)
    {
        if (!sentence.TryGetProperty("targets", out var targets)) yield break;
        var assessments = sentence.TryGetProperty("assessments", out var list) ? list.EnumerateArray().ToList() : [];
        foreach (var target in targets.EnumerateArray())
        {
            var text = target.GetProperty("text").GetString()!;
            var related = target.TryGetProperty("relations", out var relations)
                ? relations.EnumerateArray()
                    .Select(r => r.GetProperty("ref").GetString()!.Split('/').Last())
                    .Select(index => int.TryParse(index, out var n) && n < assessments.Count ? assessments[n].GetProperty("text").GetString()! : "")
                    .ToList()
                : [];
            if (ServiceTerms.Categorise(text, related) is not { } category) continue;
            var confidence = target.GetProperty("confidenceScores");
            yield return new ServiceMention(text, baseOffset + target.GetProperty("offset").GetInt32(), target.GetProperty("length").GetInt32(),
                PolarityOf(target), Math.Max(confidence.GetProperty("positive").GetDouble(), confidence.GetProperty("negative").GetDouble()), category, text);
        }
    }

    private static Polarity PolarityOf(JsonElement element) => element.GetProperty("sentiment").GetString() switch
    {
        "positive" => Polarity.Positive,
        "negative" => Polarity.Negative,
        "mixed" => Polarity.Mixed,
        _ => Polarity.Neutral,
    };

    private static SentimentScores ScoresOf(JsonElement element)
    {
        var scores = element.GetProperty("confidenceScores");
        return new SentimentScores(scores.GetProperty("positive").GetDouble(),
            scores.TryGetProperty("neutral", out var neutral) ? neutral.GetDouble() : 0, scores.GetProperty("negative").GetDouble());
    }

    /// <summary>Parts of at most the service's limit, cut after a sentence end where possible, else at whitespace.</summary>
    public static IReadOnlyList<(int Offset, string Text)> Split(string text)
    {
        var parts = new List<(int, string)>();
        var start = 0;
        while (text.Length - start > LanguageClient.MaxCharacters)
        {
            var window = text.AsSpan(start, LanguageClient.MaxCharacters);
            var cut = window.LastIndexOfAny(".!?。؟।\n");
            if (cut < LanguageClient.MaxCharacters / 2) cut = window.LastIndexOf(' ');
            var length = cut > 0 ? cut + 1 : LanguageClient.MaxCharacters;
            parts.Add((start, text.Substring(start, length)));
            start += length;
        }
        parts.Add((start, text[start..]));
        return parts;
    }
}
