using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment.Embedded;

public class TokenizerTests
{
    private static List<(string Text, string Folded, TokenKind Kind)> Tokens(string text)
    {
        var tokens = new Token[text.Length];
        var fold = new char[text.Length];
        var count = Tokenizer.Tokenize(text, tokens, fold);
        return tokens.Take(count)
            .Select(t => (text.Substring(t.Start, t.Length), new string(fold, t.FoldStart, t.FoldLength), t.Kind))
            .ToList();
    }

    [Fact]
    public void Elisions_split_off_but_english_contractions_stay_whole()
    {
        var words = Tokens("L'accueil didn't").Select(t => t.Folded).ToList();

        Assert.Equal(["l'", "accueil", "didn't"], words);
    }

    [Fact]
    public void Emoji_keep_their_modifiers_in_the_span_but_not_in_the_key()
    {
        var token = Assert.Single(Tokens("👍🏾"));

        Assert.Equal(TokenKind.Emoji, token.Kind);
        Assert.Equal("👍🏾", token.Text);
        Assert.Equal("👍", token.Folded);
    }

    [Fact]
    public void Emoticons_commas_and_sentence_ends_are_tokens()
    {
        var kinds = Tokens("Slow, but ok :) Thanks!").Select(t => t.Kind).ToList();

        Assert.Equal([TokenKind.Word, TokenKind.ClauseBreak, TokenKind.Word, TokenKind.Word, TokenKind.Emoji, TokenKind.Word, TokenKind.SentenceEnd], kinds);
    }

    [Fact]
    public void Arabic_vowel_marks_and_letter_variants_fold_away()
    {
        Assert.Equal("ممتازه", Tokens("مُمْتازة").Single().Folded);
        Assert.Equal("اداره", Tokens("إدارة").Single().Folded);
    }
}
