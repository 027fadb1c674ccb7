namespace SupportSignals.Sentiment.Embedded;

// Weighing: what a sentence sets apart from its verdict: what it excepts ("great except the service"), what the reader
// may want ("if you are after great service"), what the staff put first ("more concerned with looking good than serving").
internal static partial class SentenceScorer
{
    /// <summary>What the reader may want ("If you are after great service, stay away", "Go elsewhere if you want good
    /// service"): the praise after the word of wanting at <paramref name="desire"/> in its clause names the want, and
    /// counts for nothing when a word outside it judges, which is the verdict. Without one the praise stands ("If you
    /// want great service, this is the place").</summary>
    private static Evidence WantedOnly(Span<float> valence, ReadOnlySpan<int> clause, int desire, Evidence evidence)
    {
        var verdict = false;
        for (var t = 0; t < valence.Length && !verdict; t++)
        {
            verdict = valence[t] != 0 && (t < desire || clause[t] != clause[desire]);
        }
        for (var t = desire; verdict && t < valence.Length && clause[t] == clause[desire]; t++)
        {
            if (valence[t] > 0)
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        return evidence;
    }

    /// <summary>What the staff put first ("The waitress seemed more concerned with looking good than actually serving",
    /// "more interested in chatting than in taking our order"): the phrase at <paramref name="preference"/> judges; the
    /// words after it up to the end of the clause of <paramref name="than"/> (or of the phrase's own clause when no "than"
    /// follows) name the priority and what was neglected, and judge nothing.</summary>
    private static Evidence PutFirst(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause, int preference, int than, Evidence evidence)
    {
        var last = than >= 0 ? clause[than] : clause[preference];
        for (var t = s.After(preference); t < valence.Length && clause[t] <= last; t++)
        {
            if (valence[t] != 0)
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        return evidence;
    }

    /// <summary>What is excepted ("everything was great except the service", "apart from the service, the evening was
    /// lovely", "a great meal if not for the rude waiter") is what the rest of the sentence did not say of it: the word
    /// of exception carries the reversed judgement of the rest (before it in mid-sentence; the main clause after an
    /// opening exception), which goes to the aspect it names like any other word's. It leaves the sentence's own
    /// evidence as it was.</summary>
    private static void ExceptOthers(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause)
    {
        var firstWord = 0;
        while (firstWord < s.Tokens.Length && s.Tokens[firstWord].Kind != TokenKind.Word)
        {
            firstWord++;
        }
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            if (s.Tokens[t].Span == 0 || (s.SensesOf(t) & EnglishSense.Exception) == 0)
            {
                continue;
            }
            var opening = t == firstWord;
            var rest = 0f;
            for (var j = 0; j < s.Tokens.Length; j++)
            {
                if (j != t && (opening ? clause[j] != clause[t] : j < t))
                {
                    rest += valence[j];
                }
            }
            valence[t] -= rest;
        }
    }
}
