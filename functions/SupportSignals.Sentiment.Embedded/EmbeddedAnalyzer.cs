using System.Numerics;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// The analyzer that needs no network or keys: language detection, sentence splitting, sentence and document
/// sentiment, and aspect-level service mentions from hand-written multilingual lexicons (see NOTICE). One pass of
/// table look-ups per text; working buffers are reused per thread, so the only allocations are the results.
/// Thread-safe.
/// </summary>
public sealed class EmbeddedAnalyzer : ISentimentAnalyzer
{
    private static readonly string[] ArabicClitics = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"];
    // words of a bare denial answering a question ("Not in my experience.")
    private const int DenialWords = 5;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly Lexicon _lexicon;
    private readonly ServiceStage? _stage;
    private readonly Action<int[], RuleReading>? _featureSink;

    /// <summary>The rules and, for English, the learned second stage that reviews their mentions
    /// (<see cref="ServiceStage"/>; it met the held-out rule in round analyzer21, docs/sentiment-rounds.md).</summary>
    public EmbeddedAnalyzer()
        : this(Lexicon.Shared, ServiceStage.Shared)
    {
    }

    internal EmbeddedAnalyzer(Lexicon lexicon)
        : this(lexicon, null)
    {
    }

    /// <param name="stage">The learned second stage for English sentences, or null for the rules alone.</param>
    /// <param name="featureSink">For the trainer: receives a copy of each English sentence's stage features and the rules' reading (cue, strong mention).</param>
    internal EmbeddedAnalyzer(Lexicon lexicon, ServiceStage? stage, Action<int[], RuleReading>? featureSink = null)
    {
        _lexicon = lexicon;
        _stage = stage;
        _featureSink = featureSink;
    }

    /// <summary>
    /// "embedded/" and the id of this build of the analyzer's own assembly: the lexicons are its resources and the
    /// rules its code, and builds are deterministic, so the version changes exactly when the analyzer does (a
    /// deploy that changes only other parts of the product leaves stored analyses current).
    /// </summary>
    public string Version { get; } = "embedded/" + typeof(EmbeddedAnalyzer).Module.ModuleVersionId.ToString("N")[..12];

    public Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisRequest> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new TextAnalysis[texts.Count];
        for (var i = 0; i < results.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = Analyze(texts[i].Id, texts[i].Text, texts[i].Language);
        }
        return Task.FromResult<IReadOnlyList<TextAnalysis>>(results);
    }

    /// <param name="language">An ISO 639-1 hint; when absent or unsupported the language is detected.</param>
    public TextAnalysis Analyze(string id, string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = t_scratch ??= new Scratch();
        scratch.Ensure(text.Length);
        var fold = scratch.Fold.AsSpan(0, text.Length);
        var tokens = scratch.Tokens.AsSpan(0, Tokenizer.Tokenize(text, scratch.Tokens, fold));
        MatchLexicon(tokens, fold);
        var lang = language is null ? Language.Unknown : Languages.Parse(language);
        if (lang == Language.Unknown)
        {
            lang = LanguageDetector.Detect(text, fold, tokens, _lexicon);
        }
        foreach (ref var token in tokens)
        {
            if (token.Entry >= 0)
            {
                var own = _lexicon.ChooseOwn(token.Entry, lang);
                if (own < 0 && token.Stem >= 0)
                {
                    own = _lexicon.ChooseOwn(token.Stem, lang);
                }
                // Another language lends whole words ("support" in Hindi, "servicio" in English), never stems:
                // "excus*" or "inexpert*" would read English words as French or Spanish ones.
                token.Entry = own >= 0 ? own : token.Suffix > 0 && lang != Language.Unknown ? -1 : _lexicon.Choose(token.Entry, lang);
            }
        }

        var sentenceRanges = scratch.Sentences.AsSpan(0, SentenceSplitter.Split(text, tokens, scratch.Sentences));
        var sentences = new SentenceSentiment[sentenceRanges.Length];
        List<ServiceMention>? mentions = null;
        var document = default(Evidence);
        bool anyPositive = false, anyNegative = false;
        for (var i = 0; i < sentenceRanges.Length; i++)
        {
            var (first, end) = sentenceRanges[i];
            // the sentence after this one, empty after the last: each test of it says no to an empty sentence
            var next = i + 1 < sentenceRanges.Length ? tokens[sentenceRanges[i + 1].First..sentenceRanges[i + 1].End] : [];
            var asks = lang == Language.En && EndsWithQuestion(tokens[first..end], text);
            var denied = asks && OnlyDenies(next);
            var context = new SentenceContext(text, fold, tokens[first..end], _lexicon, lang)
            {
                PardonedNext = OpensWithPardon(next),
                NothingMoreNext = SaysNothingMore(next),
                DeniedNext = denied,
                Asks = asks,
                AnsweredNoNext = asks && !denied && AnswersNo(next),
            };
            var valence = scratch.Valence.AsSpan(0, end - first);
            var clause = scratch.Clause.AsSpan(0, end - first);
            var evidence = SentenceScorer.Score(context, valence, clause);
            var before = mentions?.Count ?? 0;
            var strong = MentionExtractor.Extract(context, valence, clause, evidence, scratch.Group.AsSpan(0, end - first), scratch.Shared.AsSpan(0, end - first), ref mentions, out var shape);
            // The stage can only drop or re-polarise a mention the rules found, or (if it adds) add one where a word
            // of service stands: a sentence with neither (most of them) is not scored at all.
            if (lang == Language.En && (_featureSink is not null || (_stage is not null && ((mentions?.Count ?? 0) > before || (_stage.Adds && ServiceStage.HasCue(context))))))
            {
                var reading = ServiceStage.Reading(mentions, before, evidence.Polarity, strong, shape);
                var features = scratch.Features.AsSpan(0, ServiceStage.Features(context, ref reading, scratch.Features));
                _featureSink?.Invoke(features.ToArray(), reading);
                _stage?.Apply(context, reading, features, ref mentions, before);
            }
            if (lang is Language.En or Language.Unknown && mentions is not null && mentions.Count > before && IsBareQuestion(tokens[first..end], text))
            {
                AnswerBareQuestion(text, fold, tokens, sentenceRanges, i, lang, scratch, mentions, before);
            }
            var start = tokens[first].Start;
            var length = tokens[end - 1].End - start;
            var polarity = evidence.Polarity;
            anyPositive |= polarity is Polarity.Positive or Polarity.Mixed;
            anyNegative |= polarity is Polarity.Negative or Polarity.Mixed;
            // Most comments are one sentence: it is the text, and its scores are the document's.
            sentences[i] = new SentenceSentiment(length == text.Length ? text : text.Substring(start, length), start, length, polarity, evidence.Scores);
            document = document.Plus(evidence);
        }
        return new TextAnalysis
        {
            Id = id,
            Language = Languages.Code(lang),
            Polarity = anyPositive && anyNegative ? Polarity.Mixed : document.Polarity,
            Scores = sentences.Length == 1 ? sentences[0].Scores : document.Scores,
            Sentences = sentences,
            Mentions = mentions is null ? [] : mentions,
        };
    }

    /// <summary>Whether an English sentence (or one too short for its language to be told) is a service named alone
    /// and asked ("Support?", "Customer service?"): one word or phrase of the lexicon, an English service target, and a
    /// question mark.</summary>
    private bool IsBareQuestion(ReadOnlySpan<Token> sentence, string text)
    {
        var words = 0;
        var asked = false;
        foreach (ref readonly var token in sentence)
        {
            if (token.Kind == TokenKind.SentenceEnd)
            {
                asked |= token.Asks(text);
                continue;
            }
            if (!token.IsWordLike || token.Span == 0)
            {
                continue;
            }
            if (++words > 1 || token.Entry < 0 || !_lexicon[token.Entry].Has(LexiconRole.ServiceTarget) || _lexicon[token.Entry].Language != Language.En)
            {
                return false;
            }
        }
        return words == 1 && asked;
    }

    /// <summary>A service named alone and asked ("Support?") says nothing by itself: the next sentence answers the
    /// question and judges it ("Customer support? Never heard of it.", "Support? Brilliant."), unless that sentence
    /// names the service itself and makes its own mention ("Support? What support?") or gives no verdict. Asked last,
    /// or answered without a verdict, the bare question is no mention.</summary>
    private void AnswerBareQuestion(string text, Span<char> fold, Span<Token> tokens, ReadOnlySpan<TokenRange> sentences, int i, Language lang, Scratch scratch, List<ServiceMention> mentions, int before)
    {
        var answer = Polarity.Neutral;
        if (i + 1 < sentences.Length)
        {
            var (first, end) = sentences[i + 1];
            var next = tokens[first..end];
            var speaks = false;
            foreach (ref readonly var token in next)
            {
                speaks |= token.Entry >= 0 && token.Span > 0 && _lexicon[token.Entry].Has(LexiconRole.ServiceTarget | LexiconRole.ServiceCue);
            }
            if (!speaks)
            {
                var context = new SentenceContext(text, fold, next, _lexicon, lang);
                answer = SentenceScorer.Score(context, scratch.Valence.AsSpan(0, end - first), scratch.Clause.AsSpan(0, end - first)).Polarity;
            }
        }
        if (answer is Polarity.Positive or Polarity.Negative)
        {
            for (var k = before; k < mentions.Count; k++)
            {
                mentions[k] = mentions[k] with { Polarity = answer };
            }
        }
        else
        {
            mentions.RemoveRange(before, mentions.Count - before);
        }
    }

    /// <summary>Whether a sentence opens, after at most one "and" or "but", with a pardon of a wait ("That was fine.",
    /// "But we didn't mind.").</summary>
    private bool OpensWithPardon(ReadOnlySpan<Token> sentence)
    {
        var words = 0;
        foreach (ref readonly var token in sentence)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            if (token.Entry < 0 || token.Span == 0)
            {
                return false;
            }
            ref readonly var entry = ref _lexicon[token.Entry];
            if (entry.Has(EnglishSense.Pardon))
            {
                return true;
            }
            if (++words > 1 || !entry.Has(LexiconRole.Contrast | LexiconRole.Conjunction))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether a sentence's last token is a question mark.</summary>
    private static bool EndsWithQuestion(ReadOnlySpan<Token> sentence, string text) =>
        sentence.Length > 0 && sentence[^1].Asks(text);

    /// <summary>Whether a sentence is a bare denial of what was asked before it: it opens with a negator ("Not here.",
    /// "Not in my experience.", "Nope.") and has at most <see cref="DenialWords"/> words, none of them praise.</summary>
    private bool OnlyDenies(ReadOnlySpan<Token> sentence)
    {
        var words = 0;
        foreach (ref readonly var token in sentence)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            if (++words > DenialWords)
            {
                return false;
            }
            var entry = token.Entry >= 0 && token.Span > 0 ? _lexicon[token.Entry] : default;
            if (words == 1 ? token.Entry < 0 || !entry.Has(LexiconRole.Negator) : token.Entry >= 0 && entry.Has(LexiconRole.Sentiment) && entry.Valence > 0)
            {
                return false;
            }
        }
        return words > 0;
    }

    /// <summary>Whether a sentence opens with a negator set off by a comma or dash ("No, they were great.", "Not at all
    /// - the agents were lovely.", "None, they were patient with us."): the answer no to the question before it.</summary>
    private bool AnswersNo(ReadOnlySpan<Token> sentence)
    {
        if (sentence.Length < 2 || sentence[0].Kind != TokenKind.Word || sentence[0].Entry < 0 || sentence[0].Span == 0
            || !_lexicon[sentence[0].Entry].Has(LexiconRole.Negator))
        {
            return false;
        }
        var after = Math.Max((int)sentence[0].Span, 1);
        return after < sentence.Length && sentence[after].Kind == TokenKind.ClauseBreak;
    }

    /// <summary>Whether a sentence is one phrase saying that was all there was, after at most one "and" or "but" ("That was
    /// it.", "And that was all."), with no other word.</summary>
    private bool SaysNothingMore(ReadOnlySpan<Token> sentence)
    {
        var said = false;
        var words = 0;
        foreach (ref readonly var token in sentence)
        {
            if (token.Kind != TokenKind.Word || token.Span == 0)
            {
                continue;
            }
            if (said || token.Entry < 0)
            {
                return false;
            }
            ref readonly var entry = ref _lexicon[token.Entry];
            if (entry.Has(EnglishSense.NothingMore))
            {
                said = true;
            }
            else if (++words > 1 || !entry.Has(LexiconRole.Contrast | LexiconRole.Conjunction))
            {
                return false;
            }
        }
        return said;
    }

    /// <summary>Finds each token's longest lexicon key, leaving the entry chain in <see cref="Token.Entry"/>.</summary>
    private void MatchLexicon(Span<Token> tokens, ReadOnlySpan<char> fold)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            ref var token = ref tokens[t];
            if (!token.IsWordLike)
            {
                continue;
            }
            var chain = _lexicon.Match(tokens, t, fold, 0, out var span, out var suffix, out var stem);
            if (chain < 0 && token.Has(TokenFlags.Arabic))
            {
                chain = MatchWithoutClitic(tokens, t, fold, out span, out suffix, out stem);
            }
            token.Span = 1;
            if (chain < 0)
            {
                continue;
            }
            token.Entry = chain;
            token.Stem = stem;
            token.Span = (byte)span;
            token.Suffix = (byte)Math.Min(suffix, byte.MaxValue);
            // Words inside a phrase keep its entry (a negator or booster phrase reaches as far as its last word)
            // but, with no span of their own, are not counted twice.
            for (var covered = 1; covered < span; covered++)
            {
                tokens[t + covered].Span = 0;
                tokens[t + covered].Entry = chain;
            }
            t += span - 1;
        }
    }

    /// <summary>Arabic writes "and", "the", "with", "for" onto the word: try again without them.</summary>
    private int MatchWithoutClitic(ReadOnlySpan<Token> tokens, int t, ReadOnlySpan<char> fold, out int span, out int suffix, out int stem)
    {
        var word = tokens[t].FoldIn(fold);
        foreach (var clitic in ArabicClitics)
        {
            if (word.Length - clitic.Length >= 2 && word.StartsWith(clitic, StringComparison.Ordinal))
            {
                var chain = _lexicon.Match(tokens, t, fold, clitic.Length, out span, out suffix, out stem);
                if (chain >= 0)
                {
                    return chain;
                }
            }
        }
        span = 0;
        suffix = 0;
        stem = -1;
        return -1;
    }

    /// <summary>Per-thread working buffers, grown to the longest text seen.</summary>
    private sealed class Scratch
    {
        public Token[] Tokens = [];
        public char[] Fold = [];
        public TokenRange[] Sentences = [];
        public float[] Valence = [];
        public int[] Clause = [];
        public int[] Group = [];
        public int[] Shared = [];
        public int[] Features = [];

        public void Ensure(int length)
        {
            if (Tokens.Length >= length + 1)
            {
                return;
            }
            var size = Math.Max(256, (int)BitOperations.RoundUpToPowerOf2((uint)length + 1));
            Tokens = new Token[size];
            Fold = new char[size];
            Sentences = new TokenRange[size];
            Valence = new float[size];
            Clause = new int[size];
            Group = new int[size];
            Shared = new int[size];
            Features = new int[ServiceStage.MaxFeatures(size)];
        }
    }
}
