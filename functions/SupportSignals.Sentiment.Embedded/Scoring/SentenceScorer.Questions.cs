namespace SupportSignals.Sentiment.Embedded;

// Questions: a yes-or-no question asks about the praise in it and gives none ("Can the agents help with migration?");
// the service asked back as if it did not exist ("Support? What support?") blames it.
internal static partial class SentenceScorer
{
    /// <summary>Whether the English question opens with an auxiliary verb ("Does the support team answer tickets on
    /// holidays?", "Can the agents help with migration?", "Is the front desk open all night?"): it asks whether, and
    /// the praise in it is asked about, not given; blame stays ("Is it normal to wait three weeks?") (round analyzer63).</summary>
    private static bool AsksYesOrNo(in SentenceContext s)
    {
        if (s.Tokens.Length < 3 || s.Tokens[0].Kind != TokenKind.Word)
        {
            return false;
        }
        var first = s.FoldOf(0);
        return first is "do" or "does" or "can" or "could" or "is" or "are" or "will" or "would";
    }

    /// <summary>Whether the service target at <paramref name="t"/> is asked back as if it did not exist: an English
    /// sentence of only "what" and the target, ended by a question mark ("Support? What support?", "What customer
    /// service?"). "What service!" exclaims praise, and "what support they offer" asks nothing, so both stay as they
    /// were.</summary>
    private static bool IsExistenceDenied(in SentenceContext s, int t)
    {
        var tokens = s.Tokens;
        if (s.Language != Language.En || t == 0 || !s.FoldOf(t - 1).SequenceEqual("what"))
        {
            return false;
        }
        for (var j = t - 2; j >= 0; j--)
        {
            if (tokens[j].IsWordLike)
            {
                return false;
            }
        }
        for (var j = s.After(t); j < tokens.Length; j++)
        {
            if (tokens[j].IsWordLike)
            {
                return false;
            }
            if (tokens[j].Kind == TokenKind.SentenceEnd)
            {
                return tokens[j].Asks(s.Text);
            }
        }
        return false;
    }
}
