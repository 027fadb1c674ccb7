using BenchmarkDotNet.Attributes;
using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Benchmarks;

/// <summary>
/// The embedded analyzer over a fixed set of the project's own feedback sentences in its ten languages. Each
/// invocation analyses every sentence once, so the reported time and allocation are per sentence.
/// </summary>
[MemoryDiagnoser]
public class EmbeddedAnalyzerBenchmarks
{
    private const int SentenceCount = 22;

    private static readonly string[] Sentences =
    [
        "Support answered within an hour and fixed the sync problem for good.",
        "The onboarding calls were rushed and our CSM kept cancelling them.",
        "Love the new reporting features, but the chat support takes days to reply.",
        "Our waiter was charming, the wine list less so.",
        "Front desk staff upgraded our room without us even asking 😊",
        "Nobody at the helpdesk could explain why the invoice doubled.",
        "Honestly the best account manager we have had in years!",
        "The app keeps crashing on login and the export is slow.",
        "El equipo de soporte resolvió la incidencia el mismo día, muy profesionales.",
        "La recepcionista fue muy seca y tardaron una hora en darnos la habitación.",
        "Le conseiller était patient et a tout réglé au téléphone.",
        "Personne ne répond au chat, c'est inadmissible.",
        "Der Support war freundlich, aber die Lösung hat zwei Wochen gedauert.",
        "O suporte respondeu rápido e a atendente foi muito gentil.",
        "De medewerker van de klantenservice was kortaf en hielp ons niet.",
        "Destek ekibi çok ilgiliydi, sorunu hemen çözdüler.",
        "Оператор поддержки грубил и так и не решил проблему.",
        "Менеджер помог настроить интеграцию, спасибо за терпение!",
        "فريق الدعم كان متعاون جدا وحل المشكلة بسرعة",
        "موظف الاستقبال لم يرد على اتصالاتنا",
        "कस्टमर केयर ने बहुत जल्दी समस्या हल कर दी",
        "Support wale kabhi phone nahi uthate, bahut bekar service hai.",
    ];

    private readonly EmbeddedAnalyzer _analyzer = new();

    [GlobalSetup]
    public void CheckSentenceCount()
    {
        if (Sentences.Length != SentenceCount)
        {
            throw new InvalidOperationException($"SentenceCount must be {Sentences.Length}: it divides the figures per sentence.");
        }
    }

    [Benchmark(OperationsPerInvoke = SentenceCount)]
    public int AnalyzeSentence()
    {
        var mentions = 0;
        foreach (var sentence in Sentences)
        {
            mentions += _analyzer.Analyze("bench", sentence).Mentions.Count;
        }
        return mentions;
    }
}
