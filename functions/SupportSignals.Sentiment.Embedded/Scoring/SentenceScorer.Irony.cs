namespace SupportSignals.Sentiment.Embedded;

// Irony: praise exclaimed before a complaint ("Great, another hour on hold"), praise of a skill in a failing ("great at
// ignoring us"), the reader's taste followed by blame ("if you enjoy being ignored"), a closing "not".
internal static partial class SentenceScorer
{
    /// <summary>How many words may stand before the word of praise in an ironic opener ("oh", "well").</summary>
    private const int OpenerLead = 1;

    /// <summary>How far after "at" the failing praised as a skill may stand ("great at completely ignoring us").</summary>
    private const int SkillReach = 3;

    /// <summary>Whether the word at <paramref name="t"/> praises a skill that is a failing: praise, then a word of skill
    /// ("at"), then within <see cref="SkillReach"/> words of its clause a first sentiment word that blames ("great at
    /// ignoring us", "brilliant at always forgetting orders"). Praise of a real skill ("great at explaining the menu",
    /// "excellent at solving problems") has no blame there, or praise first.</summary>
    private static bool IsSkillInFailing(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, int t)
    {
        var tokens = s.Tokens;
        if (valence[t] <= 0 || tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }
        var at = s.After(t);
        if (at >= tokens.Length || tokens[at].Kind != TokenKind.Word || (s.SensesOf(at) & EnglishSense.Skill) == 0)
        {
            return false;
        }
        for (var j = s.After(at); j < tokens.Length && j <= at + SkillReach && clause[j] == clause[t]; j = s.After(j))
        {
            if (valence[j] != 0)
            {
                return valence[j] < 0;
            }
        }
        return false;
    }

    /// <summary>A word of praise that may be exclaimed (<see cref="EnglishSense.Exclamation"/>) standing alone before a
    /// comma at the start of a sentence, followed by a complaint or by a repetition with no praise ("Great, another 40
    /// minutes for our drinks", "Oh wonderful, the agent hung up again", "Brilliant, the staff lost our booking"), is
    /// irony: the word counts as blame. Returns its token, or -1. "Great, the waiter brought our drinks in two
    /// minutes" praises; "Great staff, …" is no opener.</summary>
    private static int IronicOpener(in SentenceContext s, ReadOnlySpan<float> valence)
    {
        var tokens = s.Tokens;
        var praise = -1;
        var words = 0;
        var t = 0;
        for (; t < tokens.Length && tokens[t].Kind != TokenKind.ClauseBreak; t++)
        {
            if (tokens[t].Kind is TokenKind.SentenceEnd or TokenKind.LineBreak)
            {
                return -1;
            }
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }
            words++;
            if (valence[t] != 0 || praise >= 0)
            {
                // the praise must end the opener; a sentiment word before it makes no lead
                if (praise >= 0 || valence[t] < 0 || words > OpenerLead + 1)
                {
                    return -1;
                }
                praise = t;
            }
            else if (words > OpenerLead)
            {
                return -1;
            }
        }
        if (praise < 0 || (s.SensesOf(praise) & EnglishSense.Exclamation) == 0 || t >= tokens.Length || s.Text[tokens[t].Start] != ',')
        {
            return -1;
        }
        var positive = 0f;
        var negative = 0f;
        var repetition = false;
        for (var j = t + 1; j < tokens.Length; j++)
        {
            positive += valence[j] > 0 ? valence[j] : 0;
            negative -= valence[j] < 0 ? valence[j] : 0;
            var senses = s.SensesOf(j);
            // "another" repeats only a span of time ("another 40 minutes", "another hour"), not a thing ("another table")
            repetition |= (senses & EnglishSense.Repetition) != 0
                && ((senses & EnglishSense.SpanLead) == 0 || (s.After(j) is var k && k < tokens.Length && SpanOfTime(s, k)));
        }
        return negative > positive || (repetition && positive == 0) ? praise : -1;
    }

    private static bool SpanOfTime(in SentenceContext s, int t) =>
        s.Tokens[t].Kind == TokenKind.Word
        && (char.IsDigit(s.Text[s.Tokens[t].Start]) || (s.SensesOf(t) & EnglishSense.Number) != 0 || (s.RolesOf(t) & LexiconRole.Duration) != 0);

    /// <summary>Whether the first word with a sentiment of its own in the two words after the taste at <paramref name="t"/>
    /// blames, or is a wait ("if you enjoy being ignored", "if you like waiting"), in its clause.</summary>
    private static bool BlameFollows(in SentenceContext s, int t)
    {
        var next = s.After(t);
        for (var words = 0; words < 2 && next < s.Tokens.Length && s.Tokens[next].Kind == TokenKind.Word; words++)
        {
            if (s.Tokens[next].Entry >= 0 && s.Tokens[next].Span > 0)
            {
                ref readonly var entry = ref s.Lexicon[s.Tokens[next].Entry];
                if (entry.Has(LexiconRole.Waiting) || (entry.Has(LexiconRole.Sentiment) && entry.Valence != 0))
                {
                    return entry.Has(LexiconRole.Waiting) || entry.Valence < 0;
                }
            }
            next = s.After(next);
        }
        return false;
    }

    /// <summary>Whether an English sentence ends with a negator standing alone after a comma ("Thanks for the great
    /// service, not.", "Great staff, NOT."): the praise before it is irony. A question ("It was good, no?") asks.</summary>
    private static bool EndsWithIronicNot(in SentenceContext s)
    {
        if (s.Language != Language.En)
        {
            return false;
        }
        var last = s.Tokens.Length - 1;
        while (last >= 0 && s.Tokens[last].Kind != TokenKind.Word)
        {
            if (s.Tokens[last].Asks(s.Text))
            {
                return false;
            }
            last--;
        }
        var head = last;
        while (head > 0 && s.Tokens[head].Span == 0)
        {
            head--;
        }
        return head > 0 && s.After(head) == last + 1 && (s.RolesOf(head) & LexiconRole.Negator) != 0
            && s.Tokens[head - 1].Kind == TokenKind.ClauseBreak && s.Text[s.Tokens[head - 1].Start] == ',';
    }
}
