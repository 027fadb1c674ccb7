using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment.Embedded;

public class ChainLanguagesTests
{
    private static (Lexicon Lexicon, int Chain) Chain(string word, params (Language Language, string Lines)[] files)
    {
        var builder = new LexiconBuilder();
        foreach (var (language, lines) in files)
        {
            LexiconLoader.Read(builder, "test", language, new StringReader(lines));
        }
        var lexicon = builder.Build();
        var tokens = new Token[word.Length];
        var fold = new char[word.Length];
        var count = Tokenizer.Tokenize(word, tokens, fold);
        return (lexicon, lexicon.Match(tokens.AsSpan(0, count), 0, fold, 0, out _, out _, out _));
    }

    [Fact]
    public void A_key_known_in_two_languages_has_both_and_only_its_stop_word_language_as_stop_word()
    {
        var (lexicon, chain) = Chain("de", (Language.Es, "de | stop\n"), (Language.Nl, "de | det\n"));

        var languages = lexicon.LanguagesOf(chain);

        Assert.True(languages.Has(Language.Es));
        Assert.True(languages.Has(Language.Nl));
        Assert.False(languages.Has(Language.En));
        Assert.Equal(ChainLanguages.Bit(Language.Es), languages.Stopwords);
    }

    [Fact]
    public void Votes_give_the_stop_word_vote_to_its_language_and_the_plain_vote_to_the_others()
    {
        var (lexicon, chain) = Chain("de", (Language.Es, "de | stop\n"), (Language.Nl, "de | det\n"));
        Span<int> votes = stackalloc int[Languages.Count];

        lexicon.LanguagesOf(chain).AddVotes(votes, 4, 2);

        Assert.Equal(4, votes[(int)Language.Es]);
        Assert.Equal(2, votes[(int)Language.Nl]);
        Assert.Equal(0, votes[(int)Language.En]);
    }

    [Fact]
    public void The_meaning_in_a_language_the_chain_lacks_is_none_and_in_one_it_has_is_that_language_s()
    {
        var (lexicon, chain) = Chain("service", (Language.En, "service | svc:friendly\n"), (Language.Fr, "service | svc:friendly\n"));

        Assert.Equal(-1, lexicon.ChooseOwn(chain, Language.De));
        Assert.Equal(Language.Fr, lexicon[lexicon.ChooseOwn(chain, Language.Fr)].Language);
        Assert.Equal(Language.En, lexicon[lexicon.ChooseOwn(chain, Language.En)].Language);
    }

    [Fact]
    public void Every_chain_of_the_shipped_lexicons_is_summarised_as_its_entries_say()
    {
        var lexicon = Lexicon.Shared;
        for (var chain = 0; chain < lexicon.EntryCount; chain++)
        {
            ushort languages = 0, stopwords = 0;
            for (var e = chain; e >= 0; e = lexicon[e].Next)
            {
                languages |= ChainLanguages.Bit(lexicon[e].Language);
                if (lexicon[e].Has(LexiconRole.Stopword))
                {
                    stopwords |= ChainLanguages.Bit(lexicon[e].Language);
                }
            }

            Assert.Equal(new ChainLanguages(languages, stopwords), lexicon.LanguagesOf(chain));
        }
    }
}
