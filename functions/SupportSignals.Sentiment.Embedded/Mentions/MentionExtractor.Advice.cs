namespace SupportSignals.Sentiment.Embedded;

// Advice: a sentence that opens as advice to the reader or with a condition tells what to do, not what the service did.
internal static partial class MentionExtractor
{
    /// <summary>How many words a label before a colon may have ("Tip:", "Let op:", "Goed om te weten:").</summary>
    private const int MaxLabelWords = 3;

    /// <summary>How many words may lead an opening imperative ("and just ask", "please always ask").</summary>
    private const int MaxAdviceLead = 2;

    /// <summary>A sentence that opens with a condition ("als je de ober iets vraagt, …"), or whose short label before a
    /// colon is followed by one ("Tip: als je …"), gives advice or states a hypothesis: what it says of the service
    /// is not an experience of it.</summary>
    private static bool OpensWithCondition(in SentenceContext s)
    {
        var words = 0;
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            ref readonly var token = ref s.Tokens[t];
            if (token.Kind == TokenKind.Word)
            {
                if (words == 0 && (s.RolesOf(t) & LexiconRole.Condition) != 0)
                {
                    return true;
                }
                if (++words > MaxLabelWords)
                {
                    return false;
                }
            }
            else if (token.Kind == TokenKind.ClauseBreak && s.Text[token.Start] == ':')
            {
                words = 0;
            }
        }
        return false;
    }

    /// <summary>The clause of an imperative that opens the sentence, after at most two leading words ("Just ignore
    /// the crowd", "Always ask the bartender for the beer of the month"), also inside an opening bracket, or -1:
    /// advice to the reader, whose service words tell what to do, not what the service did.</summary>
    private static int AdviceClause(in SentenceContext s, ReadOnlySpan<int> clause)
    {
        var lead = 0;
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            if (s.Tokens[t].Kind != TokenKind.Word)
            {
                // an opening bracket before the advice ("(Always ask for the daily special)") is no word of it
                if (lead == 0 && t == 0 && s.Tokens[t].Kind == TokenKind.ClauseBreak && s.Text[s.Tokens[t].Start] is '(' or '[')
                {
                    continue;
                }
                return -1;
            }
            var senses = s.SensesOf(t);
            if ((senses & EnglishSense.Imperative) != 0)
            {
                // a verb lent from another language's lexicon ("visit", "go" in a French text) gives no advice
                return s.Lexicon[s.Tokens[t].Entry].Language == s.Language ? clause[t] : -1;
            }
            if ((senses & EnglishSense.AdviceLead) == 0 || ++lead > MaxAdviceLead)
            {
                return -1;
            }
        }
        return -1;
    }
}
