using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment.Embedded;

public class LexiconTests
{
    private static Lexicon Build(string lines)
    {
        var builder = new LexiconBuilder();
        LexiconLoader.Read(builder, "test", Language.En, new StringReader(lines));
        return builder.Build();
    }

    private static (LexiconEntry? Entry, int Span) MatchFirst(Lexicon lexicon, string text)
    {
        var tokens = new Token[text.Length];
        var fold = new char[text.Length];
        var count = Tokenizer.Tokenize(text, tokens, fold);
        var chain = lexicon.Match(tokens.AsSpan(0, count), 0, fold, 0, out var span, out _, out _);
        var chosen = lexicon.Choose(chain, Language.En);
        return (chosen < 0 ? null : lexicon[chosen], span);
    }

    [Fact]
    public void A_stem_matches_inflections_and_a_whole_word_key_wins_over_it()
    {
        var lexicon = Build("help* | +1.5\nhelpless | -2\n");

        Assert.Equal(1.5f, MatchFirst(lexicon, "helpful").Entry!.Value.Valence);
        Assert.Equal(-2f, MatchFirst(lexicon, "Helpless").Entry!.Value.Valence);
        Assert.Null(MatchFirst(lexicon, "hel").Entry);
    }

    [Fact]
    public void The_longest_phrase_wins_and_shields_its_words()
    {
        var lexicon = Build("service | svc:friendly\nservice charge | none\ncustomer service | svc:resolution\n");

        var (charge, chargeSpan) = MatchFirst(lexicon, "service charge was high");
        Assert.Equal(2, chargeSpan);
        Assert.Equal(LexiconRole.None, charge!.Value.Roles);
        Assert.Equal(EnglishSense.None, charge.Value.Senses);

        var (customer, customerSpan) = MatchFirst(lexicon, "Customer-service");
        Assert.Equal(2, customerSpan);
        Assert.True(customer!.Value.Has(LexiconRole.ServiceTarget));
    }

    [Fact]
    public void Keys_fold_diacritics_case_and_apostrophes_like_text()
    {
        var lexicon = Build("atención | cue:friendly +1\nn'était | neg\n");

        Assert.NotNull(MatchFirst(lexicon, "ATENCION").Entry);
        Assert.True(MatchFirst(lexicon, "n’était").Entry!.Value.Has(LexiconRole.Negator));
    }

    [Fact]
    public void A_phrase_of_eight_words_matches_whole_and_a_longer_one_is_refused()
    {
        var lexicon = Build("could not have asked for a better one | +3\n");

        Assert.Equal(8, MatchFirst(lexicon, "could not have asked for a better one today").Span);
        var error = Assert.Throws<InvalidDataException>(() => Build("we could not have asked for a better one | +3\n"));
        Assert.Contains("more than 8 words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_tags_are_reported_with_their_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => Build("good | +2\nbad | sentiment\n"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("or", "en", true)]
    [InlineData("or", "fr", false)]
    [InlineData("ou", "fr", true)]
    public void Only_its_own_language_reads_the_english_or_as_an_alternative(string word, string code, bool alternative)
    {
        var language = Languages.Parse(code);
        var tokens = new Token[word.Length];
        var fold = new char[word.Length];
        var count = Tokenizer.Tokenize(word, tokens, fold);
        var chain = Lexicon.Shared.Match(tokens.AsSpan(0, count), 0, fold, 0, out _, out _, out _);
        var chosen = Lexicon.Shared.Choose(chain, language);

        Assert.Equal(alternative, chosen >= 0 && Lexicon.Shared[chosen].Has(LexiconRole.Alternative));
    }

    [Fact]
    public void The_shipped_lexicons_load()
    {
        Assert.True(Lexicon.Shared.EntryCount > 5000);
    }
}
