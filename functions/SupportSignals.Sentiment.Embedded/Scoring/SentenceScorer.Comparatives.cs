namespace SupportSignals.Sentiment.Embedded;

// Comparatives: a comparative denied after a modal or "no one" says nothing could surpass what was had ("could not
// have been friendlier", "No one was more helpful than Sam"); one wished for after a modal asks for more.
internal static partial class SentenceScorer
{
    /// <summary>How far before a negator its modal may stand ("kon het ons niet beter").</summary>
    private const int ModalReach = 3;

    /// <summary>Whether token <paramref name="t"/> is a comparative denied after a modal ("could not have been
    /// friendlier", "couldn't be more helpful", "kon niet beter"), or is denied of nobody but the one its clause
    /// compares ("nobody knows it as well as Sam"): nothing could surpass it, so the negation confirms rather than
    /// reverses.</summary>
    private static bool IsUnsurpassed(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var negator = NegatorOf(s, clause, t);
        if (negator < 0 || negator >= t)
        {
            return false;
        }
        if ((IsComparative(s, t) && (ModalAt(s, clause, negator) || AfterIndefinite(s, t))) || NoOneAsGoodAs(s, clause, negator) || IsDeniedDenial(s, clause, negator))
        {
            return true;
        }
        // "nobody could have been more helpful": the wish's own subject is denied
        var wish = PhraseStart(s, negator);
        var subject = wish < negator && IsComparative(s, t) ? NegatorOf(s, clause, wish) : -1;
        return subject >= 0 && NoneCouldBeMore(s, clause, PhraseStart(s, subject));
    }

    /// <summary>Whether the negator at <paramref name="negator"/> is the subject of a wish phrase that a comparative
    /// follows ("nobody could have been more helpful", "no one at the hotel could have been nicer", "none of the staff
    /// could have been friendlier", "no agent could have been more patient"): that no one could have done better praises
    /// the one who did, as "could not have been more helpful" does (round analyzer62). English only.</summary>
    private static bool NoneCouldBeMore(in SentenceContext s, ReadOnlySpan<int> clause, int negator)
    {
        var tokens = s.Tokens;
        if (s.Language != Language.En)
        {
            return false;
        }
        for (var j = s.After(negator); j < tokens.Length && j <= negator + ComparisonReach && clause[j] == clause[negator]; j = s.After(j))
        {
            if (tokens[j].Span < 2 || (s.RolesOf(j) & LexiconRole.Negator) == 0)
            {
                continue;
            }
            if (s.FoldOf(j) is not ("could" or "could've" or "would" or "would've"))
            {
                return false;
            }
            var next = s.After(j);
            if (next < tokens.Length && (s.RolesOf(next) & LexiconRole.More) != 0)
            {
                next = s.After(next);
            }
            return next < tokens.Length && clause[next] == clause[j] && (s.RolesOf(next) & LexiconRole.Sentiment) != 0 && IsComparative(s, next);
        }
        return false;
    }

    /// <summary>Whether the negator at <paramref name="negator"/> is "nobody" or "no one" and its clause goes on to
    /// the one it is compared with ("nobody knows the product as well as Sam", "no one explains things better than
    /// Tom"): a superlative, which praises that one rather than denying what is said.</summary>
    private static bool NoOneAsGoodAs(in SentenceContext s, ReadOnlySpan<int> clause, int negator)
    {
        // "no one" is one negator of two tokens, found at either ("no one on the helpdesk knows …" answers at "one")
        var word = s.FoldOf(negator);
        var noOne = (word.SequenceEqual("no") && negator + 1 < s.Tokens.Length && s.FoldOf(negator + 1).SequenceEqual("one"))
            || (word.SequenceEqual("one") && negator > 0 && s.FoldOf(negator - 1).SequenceEqual("no"));
        // "no agent", "no other support team": "no" before a staff noun is a subject of the same kind (round analyzer67)
        var staff = negator + 1 < s.Tokens.Length && s.FoldOf(negator + 1).SequenceEqual("other") ? negator + 2 : negator + 1;
        var noStaff = word.SequenceEqual("no") && staff < s.Tokens.Length && (s.RolesOf(staff) & LexiconRole.ServiceTarget) != 0;
        if (s.Language != Language.En || !(noOne || noStaff || word.SequenceEqual("nobody") || word.SequenceEqual("none")))
        {
            return false;
        }
        var tokens = s.Tokens;
        for (var j = negator + 1; j < tokens.Length && j <= negator + ComparisonReach && clause[j] == clause[negator]; j++)
        {
            var at = s.FoldOf(j);
            if ((j + 2 < tokens.Length && at.SequenceEqual("as") && s.FoldOf(j + 1).SequenceEqual("well") && s.FoldOf(j + 2).SequenceEqual("as"))
                || (at.SequenceEqual("than") && j - 1 > negator && tokens[j - 1].Span == 1 && IsComparative(s, j - 1)
                    && s.FoldOf(j - 1) is not ("other" or "rather")))
            {
                // "no one was more helpful than Sam", "nobody explains it better than Tom", "no agent was quicker than her"
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the comparative at <paramref name="t"/> follows an indefinite article, alone or with "more"
    /// ("I've never met a friendlier waiter", "you won't find a more helpful team"): denied, it says none was ever
    /// better, a superlative of its own leaning (round analyzer67). English only.</summary>
    private static bool AfterIndefinite(in SentenceContext s, int t)
    {
        if (s.Language != Language.En || t == 0)
        {
            return false;
        }
        var before = t - 1;
        if ((s.RolesOf(before) & LexiconRole.More) != 0)
        {
            before--;
        }
        return before >= 0 && s.FoldOf(before) is "a" or "an";
    }

    /// <summary>Whether token <paramref name="t"/> is a comparative of praise after a modal and no negator ("support
    /// could be faster", "the staff could have been friendlier", "het kon beter"): the quality was missing.</summary>
    private static bool IsWishedFor(in SentenceContext s, ReadOnlySpan<int> clause, int t) =>
        t > 0 && IsComparative(s, t) && ModalAt(s, clause, t - 1);

    /// <summary>Whether token <paramref name="t"/> is a comparative, in English and Dutch, whose comparatives end in
    /// -er or follow "more"/"meer" (and English "worse").</summary>
    private static bool IsComparative(in SentenceContext s, int t)
    {
        if (s.Language is not (Language.En or Language.Nl))
        {
            return false;
        }
        ref readonly var token = ref s.Tokens[t];
        if (token.Span > 1)
        {
            // A phrase is its own reading ("vriendelijker kunnen": could have been friendlier), which negation turns;
            // but "less helpful", "less friendly" are English comparatives of blame ("never dealt with a less helpful
            // team": none was worse), round analyzer73.
            return s.Language == Language.En && s.FoldOf(t) is "less" && !s.FoldOf(t + 1).SequenceEqual("than");
        }
        var word = s.FoldOf(t);
        // "worse" is the one common English comparative without -er ("could not have been worse").
        return (word.Length >= 5 && word.EndsWith("er", StringComparison.Ordinal))
            || (s.Language == Language.En && word is "worse")
            || (t > 0 && (s.RolesOf(t - 1) & LexiconRole.More) != 0);
    }

    /// <summary>Whether the word at <paramref name="at"/> is a modal itself ("can't") or follows one in its clause
    /// ("could not", "kon het niet", "could have been").</summary>
    private static bool ModalAt(in SentenceContext s, ReadOnlySpan<int> clause, int at)
    {
        for (var j = at; j >= 0 && j >= at - ModalReach && clause[j] == clause[at]; j--)
        {
            if ((s.RolesOf(j) & LexiconRole.Modal) != 0)
            {
                return true;
            }
        }
        return false;
    }
}
