namespace SupportSignals.Sentiment.Embedded;

/// <summary>One sentence's tokens (offsets still point into the whole text) and what they are read with.
/// Pass it as <c>in SentenceContext s</c>: it is 64 bytes (three spans, the lexicon, the language), and taken by value
/// every call of a rule's helper copied it, which cost 5-7 % of the analyzer's time (round analyzer41,
/// docs/sentiment-rounds.md).</summary>
internal readonly ref struct SentenceContext
{
    public SentenceContext(ReadOnlySpan<char> text, ReadOnlySpan<char> fold, ReadOnlySpan<Token> tokens, Lexicon lexicon, Language language)
    {
        Text = text;
        Fold = fold;
        Tokens = tokens;
        Lexicon = lexicon;
        Language = language;
    }

    public ReadOnlySpan<char> Text { get; }
    public ReadOnlySpan<char> Fold { get; }
    public ReadOnlySpan<Token> Tokens { get; }
    public Lexicon Lexicon { get; }
    public Language Language { get; }

    /// <summary>Whether the next sentence opens with the guest's pardon of a wait ("It took a week. That was fine."):
    /// a wait told here blames nothing, as one pardoned later in its own sentence does.</summary>
    public bool PardonedNext { get; init; }

    /// <summary>Whether the next sentence says only that this was all there was ("The staff greeted us. That was it."):
    /// an act of serving or attention told here is the least the service did, and blames.</summary>
    public bool NothingMoreNext { get; init; }

    /// <summary>Whether this English sentence is a question and the next sentence only denies it ("Friendly service? Not
    /// here.", "Helpful support? Not in my experience."): the praise asked about is irony.</summary>
    public bool DeniedNext { get; init; }

    /// <summary>Whether this English sentence is a question and the next sentence answers it with a negator before a
    /// comma ("Any issues with the staff? No, they were great."): the blame asked about is denied, as after a bare
    /// denial, and the praise that follows the answer is no irony (round analyzer56).</summary>
    public bool AnsweredNoNext { get; init; }

    /// <summary>Whether this English sentence ends with a question mark: a question the rules read without a verdict
    /// is asked, not judged, and the learned stage does not give it one (round analyzer63).</summary>
    public bool Asks { get; init; }

    public ReadOnlySpan<char> FoldOf(int t) => Tokens[t].FoldIn(Fold);

    /// <summary>The index of the token after the word at <paramref name="t"/>, past all the tokens its entry covers.</summary>
    public int After(int t) => t + Math.Max((int)Tokens[t].Span, 1);

    public LexiconRole RolesOf(int t)
    {
        ref readonly var token = ref Tokens[t];
        return token.Entry < 0 || token.Span == 0 ? LexiconRole.None : Lexicon[token.Entry].Roles;
    }

    /// <summary>The English senses of the word at <paramref name="t"/>, as <see cref="RolesOf"/> gives its roles: none for a
    /// word inside a phrase an earlier word took.</summary>
    public EnglishSense SensesOf(int t)
    {
        ref readonly var token = ref Tokens[t];
        return token.Entry < 0 || token.Span == 0 ? EnglishSense.None : Lexicon[token.Entry].Senses;
    }
}
