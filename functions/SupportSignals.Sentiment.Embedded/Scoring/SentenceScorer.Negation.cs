using System.Runtime.CompilerServices;

namespace SupportSignals.Sentiment.Embedded;

// Negation: which word a negator reverses (its reach forward, a post-negator's back, a negator fronted or raised
// through "seems to"), a list denied whole after "or", a denied denial ("anything but"), an elided denial ("and
// sometimes not"), Turkish negative verbs, and whether a negator with nothing to reverse denies the service itself.
internal static partial class SentenceScorer
{
    /// <summary>How far after the preposition of a negated subject ("none of the staff", "nobody at the front desk")
    /// its predicate may stand ("none of the staff were friendly"); "never in my life have I had such good food" is
    /// beyond it.</summary>
    private const int SubjectPhraseReach = 5;
    private const int PostNegationReach = 3;
    /// <summary>A post-negator that ends its clause reaches back further: Dutch puts "niet" last and may front the
    /// predicate it denies, with the subject and adverbs between ("vriendelijk waren ze zeker niet").</summary>
    private const int ClauseEndNegationReach = 6;
    /// <summary>In Dutch and German the negator still ends its clause when only the final verb cluster follows it:
    /// up to two words with no lexicon role but a function word's ("vriendelijker is hij er niet op geworden").</summary>
    private const int ClauseEndVerbCluster = 2;
    // function words between "and"/"but" and an elided denial ("and sometimes not")
    private const int ElidedLead = 2;
    /// <summary>How far a wish reaches into its clause ("I wish the staff had been a little more attentive").</summary>
    private const int CounterfactualReach = 8;

    /// <summary>Whether the negator at <paramref name="t"/> stands for a whole predicate left out: its clause opens
    /// with "and", "but" or "though", at most <see cref="ElidedLead"/> function words between ("and sometimes not",
    /// "but not always", "but sometimes not", "but not today"), and at most one function word follows it before the
    /// clause ends. A content word (an aspect, a dish, an unknown word) or "or" ("whether or not") makes it no
    /// ellipsis.</summary>
    private static bool IsElidedDenial(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var next = s.After(t);
        for (var trailing = 0; next < s.Tokens.Length && s.Tokens[next].Kind == TokenKind.Word && clause[next] == clause[t]; trailing++)
        {
            if (trailing == 1 || !IsFunctionWord(s, next))
            {
                return false;
            }
            next = s.After(next);
        }
        for (var j = t - 1; j >= 0 && j >= t - ElidedLead - 1; j--)
        {
            if (s.Tokens[j].Span == 0)
            {
                continue;
            }
            var roles = s.RolesOf(j);
            if ((roles & (LexiconRole.Conjunction | LexiconRole.Contrast | LexiconRole.Concession)) != 0 && (roles & LexiconRole.Alternative) == 0)
            {
                return true;
            }
            if (clause[j] != clause[t] || s.Tokens[j].Kind != TokenKind.Word || !IsFunctionWord(s, j))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A known word that judges, names and negates nothing ("sometimes", "always", "today").</summary>
    private static bool IsFunctionWord(in SentenceContext s, int j) =>
        s.Tokens[j].Entry >= 0 && (s.RolesOf(j) & (LexiconRole.Sentiment | LexiconRole.ServiceTarget | LexiconRole.ServiceCue
            | LexiconRole.OtherAspect | LexiconRole.Alternative | LexiconRole.Negator | LexiconRole.PostNegator
            | LexiconRole.Condition)) == 0 && (s.SensesOf(j) & (EnglishSense.Dish | EnglishSense.Person)) == 0;

    /// <summary>Whether the negator at <paramref name="t"/> has a sentiment word to reverse: after it for a negator,
    /// before it for a post-negator.</summary>
    private static bool GovernsSentiment(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var roles = NegationRoles(s, t);
        return ((roles & LexiconRole.Negator) != 0 && GovernsAfter(s, clause, t, roles))
            || (NegatesBackward(s, clause, t) && GovernsBefore(s, clause, t));
    }

    private static bool GovernsAfter(in SentenceContext s, ReadOnlySpan<int> clause, int t, LexiconRole roles)
    {
        // a phrase reaches from its last word ("not a single ticket went unanswered"), as NegatorOf finds it there
        var after = t + s.Tokens[t].Span;
        var reach = ((roles & LexiconRole.Counterfactual) != 0 || Inverts(s, clause, t) ? CounterfactualReach : NegationReach) + Math.Max(after - t - 1, 0);
        if (after < s.Tokens.Length && OpensNegatedSubject(s, clause, after))
        {
            reach = Math.Max(reach, after - t + SubjectPhraseReach);
        }
        for (var j = t + s.Tokens[t].Span; j < s.Tokens.Length && j <= t + reach && clause[j] == clause[t]; j++)
        {
            if ((s.RolesOf(j) & LexiconRole.Sentiment) != 0)
            {
                return true;
            }
            if (IsTransparent(s, j))
            {
                // "nobody there seems to care": the raising verb takes none of the negator's reach
                reach++;
            }
        }
        return false;
    }

    /// <summary>Whether the negator covering <paramref name="j"/> is fronted (<see cref="EnglishSense.Fronted"/>): it opens
    /// its clause and an auxiliary follows it, the subject and verb inverted or the negator itself the subject ("Not once
    /// has an agent been rude", "Never once did the staff make us wait", "No one has ever been rude to me"). So placed it
    /// denies its whole clause, as far as a wish reaches (round analyzer62). English only.</summary>
    private static bool Inverts(in SentenceContext s, ReadOnlySpan<int> clause, int j)
    {
        var entry = s.Tokens[j].Entry;
        if (entry < 0 || !s.Lexicon[entry].Has(EnglishSense.Fronted) || s.Language != Language.En)
        {
            return false;
        }
        var start = PhraseStart(s, j);
        var next = s.After(start);
        return OpensClause(s, start) && next < s.Tokens.Length && clause[next] == clause[start]
            && s.FoldOf(next) is "did" or "does" or "do" or "has" or "have" or "had" or "was" or "were" or "is" or "are" or "will" or "would" or "could" or "can";
    }

    /// <summary>Whether the preposition at <paramref name="j"/> follows a negator of its clause right away ("none of",
    /// "nobody at", "no one on"): the negator and the phrase are the subject of the clause.</summary>
    private static bool OpensNegatedSubject(in SentenceContext s, ReadOnlySpan<int> clause, int j)
    {
        if (j < 1 || s.Tokens[j].Span == 0 || (s.SensesOf(j) & EnglishSense.Preposition) == 0 || clause[j - 1] != clause[j])
        {
            return false;
        }
        var entry = s.Tokens[j - 1].Entry;
        return entry >= 0 && s.Lexicon[entry].Has(LexiconRole.Negator);
    }

    /// <summary>Whether the token at <paramref name="j"/> is a word of a raising verb ("seems to"), which a negator
    /// reaches through (<see cref="EnglishSense.Transparent"/>); the words a phrase covers count too.</summary>
    private static bool IsTransparent(in SentenceContext s, int j) => Covers(s, j, EnglishSense.Transparent);

    /// <summary>Whether the token at <paramref name="j"/> is, or is covered by, an entry with <paramref name="sense"/>
    /// (unlike <see cref="SentenceContext.RolesOf"/>, the later words of a phrase count).</summary>
    private static bool Covers(in SentenceContext s, int j, EnglishSense sense)
    {
        var entry = s.Tokens[j].Entry;
        return entry >= 0 && s.Lexicon[entry].Has(sense);
    }

    private static bool GovernsBefore(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        for (var j = t - 1; j >= 0 && j >= t - ClauseEndNegationReach && clause[j] == clause[t]; j--)
        {
            if ((s.RolesOf(j) & LexiconRole.Sentiment) != 0 && ReachesBack(s, clause, t, j))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a post-negator at <paramref name="negator"/> reaches back to <paramref name="t"/>, an earlier
    /// word of its clause: within the ordinary reach, or anywhere up to <see cref="ClauseEndNegationReach"/> when the
    /// negator ends the clause. A list before it is denied whole ("претензий к официантам и повару нет"), at the cost
    /// of the rarer elliptic "de ober was vriendelijk en de soep niet".</summary>
    private static bool ReachesBack(in SentenceContext s, ReadOnlySpan<int> clause, int negator, int t)
    {
        if (negator - t <= PostNegationReach)
        {
            return true;
        }
        var next = s.After(negator);
        for (var trailing = 0; ; trailing++)
        {
            if (next >= s.Tokens.Length || s.Tokens[next].Kind != TokenKind.Word || clause[next] != clause[negator])
            {
                return true;
            }
            if (trailing == (s.Language is Language.Nl or Language.De ? ClauseEndVerbCluster : 0) || (s.RolesOf(next) & ~LexiconRole.Stopword) != 0 || s.SensesOf(next) != EnglishSense.None)
            {
                return false;
            }
            next = s.After(next);
        }
    }

    /// <summary>Whether the negator at <paramref name="j"/> reaches back: a post-negator does, and a word that
    /// negates either way ("niet", "нет", "nahi") when it has nothing to negate after it: no sentiment word in reach
    /// and no unknown word right after ("vriendelijk zijn ze niet", "претензий нет", "madad nahi ki"; but "attent,
    /// niet geforceerd" negates "geforceerd").</summary>
    private static bool NegatesBackward(in SentenceContext s, ReadOnlySpan<int> clause, int j)
    {
        var roles = NegationRoles(s, j);
        if ((roles & LexiconRole.PostNegator) == 0)
        {
            return false;
        }
        if ((roles & LexiconRole.Negator) == 0)
        {
            return true;
        }
        var next = s.After(j);
        var unknownNext = next < s.Tokens.Length && s.Tokens[next].Kind == TokenKind.Word && clause[next] == clause[j] && s.Tokens[next].Entry < 0;
        return !unknownNext && !GovernsAfter(s, clause, j, roles);
    }

    /// <summary>Whether the negator at <paramref name="negator"/> is "anything but" after another negator in its
    /// clause ("no one on the staff was anything but kind", "none of the waiters were anything but polite"): the two
    /// denials cancel and the praise stands (round analyzer67). English only.</summary>
    private static bool IsDeniedDenial(in SentenceContext s, ReadOnlySpan<int> clause, int negator)
    {
        if (s.Language != Language.En)
        {
            return false;
        }
        // a negator phrase is found at its covered last word too ("but")
        negator = PhraseStart(s, negator);
        if (!s.FoldOf(negator).SequenceEqual("anything"))
        {
            return false;
        }
        for (var j = negator - 1; j >= 0 && j >= negator - ComparisonReach && clause[j] == clause[negator]; j--)
        {
            if (s.Tokens[j].Span > 0 && (s.RolesOf(j) & LexiconRole.Negator) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the negator at <paramref name="negator"/> is followed in its clause by "anything but", which
    /// denies its denial ("nobody was anything but kind"): the subject's own blame of nobody is not read.</summary>
    private static bool DeniedDenialAfter(in SentenceContext s, ReadOnlySpan<int> clause, int negator)
    {
        if (s.Language != Language.En)
        {
            return false;
        }
        var tokens = s.Tokens;
        for (var j = s.After(negator); j < tokens.Length && j <= negator + ComparisonReach && clause[j] == clause[negator]; j = s.After(j))
        {
            if ((s.RolesOf(j) & LexiconRole.Negator) != 0)
            {
                return IsDeniedDenial(s, clause, j);
            }
        }
        return false;
    }

    /// <summary>Whether a negator governs token <paramref name="t"/> within its clause. A Turkish verb negative in
    /// itself takes "hiç", "asla", "kimse" before it as the same negation, not a second ("hiç ilgilenmedi").</summary>
    public static bool IsNegated(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        if (s.Language == Language.Tr)
        {
            var suffixed = HasTurkishNegativeSuffix(s, t);
            if (suffixed || TurkishNegativeVerb.Is(s.FoldOf(t)))
            {
                return suffixed;
            }
        }
        return NegatorOf(s, clause, t) >= 0;
    }

    /// <summary>Whether a negator governs token <paramref name="t"/> and has no sentiment word to reverse: then it
    /// denies the service itself ("no one came to the table"), not what was said of it ("no complaints about the
    /// staff").</summary>
    public static bool IsDenied(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var negator = NegatorOf(s, clause, t);
        return negator >= 0 ? !GovernsSentiment(s, clause, PhraseStart(s, negator)) && !NoneCouldBeMore(s, clause, PhraseStart(s, negator)) : s.Language == Language.Tr && HasTurkishNegativeSuffix(s, t);
    }

    /// <summary>The first token of the phrase covering <paramref name="j"/> ("not once" for its "once"): a negator found
    /// at a later word of its phrase governs from its first (round analyzer62).</summary>
    private static int PhraseStart(in SentenceContext s, int j)
    {
        while (j > 0 && s.Tokens[j].Span == 0 && s.Tokens[j].Kind == TokenKind.Word)
        {
            j--;
        }
        return j;
    }

    /// <summary>The negator governing token <paramref name="t"/> within its clause, or -1. A negator before it
    /// reverses the first sentiment word it reaches and the words of the same leaning right after it ("not well
    /// organised"), not a later word that stands apart or leans the other way: "did not solve the problem", "не
    /// решила проблему" blame, they do not praise the problem away. A wish still reaches its whole clause.</summary>
    private static int NegatorOf(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var tokens = s.Tokens;
        var leaning = Leaning(s, t);
        var apart = false;
        var claimed = false;
        // words of a raising verb passed ("nobody there seems to care"): the negator reaches through them
        var raised = 0;
        for (var j = t - 1; j >= 0 && j + raised >= t - CounterfactualReach && clause[j] == clause[t]; j--)
        {
            if (tokens[j].Entry >= 0 && (s.Lexicon[tokens[j].Entry].Has(j + raised >= t - NegationReach && !claimed ? LexiconRole.Negator : LexiconRole.Counterfactual)
                || (!claimed && Inverts(s, clause, j))))
            {
                return j;
            }
            if (IsTransparent(s, j))
            {
                raised++;
                continue;
            }
            if (!claimed && t - j - raised <= SubjectPhraseReach && OpensNegatedSubject(s, clause, j))
            {
                // "none of the staff were friendly", "nobody at the front desk seemed to care": the negator with its
                // prepositional phrase is the clause's subject, and denies its predicate
                return j - 1;
            }
            if (tokens[j].Span == 0)
            {
                continue;
            }
            if ((s.RolesOf(j) & LexiconRole.Sentiment) == 0)
            {
                apart = true;
            }
            else if (apart || (leaning != 0 && Leaning(s, j) != leaning))
            {
                claimed = true;
            }
        }
        for (var j = t + tokens[t].Span; j < tokens.Length && j <= t + ClauseEndNegationReach && clause[j] == clause[t]; j++)
        {
            if (ReachesBack(s, clause, j, t) && NegatesBackward(s, clause, j))
            {
                return j;
            }
        }
        return ListedBeforeOr(s, clause, t) is var listed and >= 0 ? NegatorOf(s, clause, listed) : -1;
    }

    /// <summary>+1 or -1 for a sentiment word by its valence, 0 for any other token.</summary>
    private static int Leaning(in SentenceContext s, int t) =>
        (s.RolesOf(t) & LexiconRole.Sentiment) == 0 ? 0 : Math.Sign(s.Lexicon[s.Tokens[t].Entry].Valence);

    /// <summary>A list joined by "or" (a word tagged <c>or</c>) is denied whole ("never pushy or rude", "without so
    /// much as a hello or a smile"): the word listed right before "or" (determiners skipped) in the clause of
    /// <paramref name="t"/>, whose negator then governs <paramref name="t"/> too; or -1.</summary>
    private static int ListedBeforeOr(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var or = SkipDeterminer(s, t - 1);
        if (or < 1 || clause[or] != clause[t] || (s.RolesOf(or) & LexiconRole.Alternative) == 0)
        {
            return -1;
        }
        var k = PhraseStart(s, SkipDeterminer(s, or - 1));
        return k >= 0 && clause[k] == clause[t] && s.Tokens[k].Kind == TokenKind.Word ? k : -1;
    }

    private static int SkipDeterminer(in SentenceContext s, int j) =>
        j >= 0 && (s.RolesOf(j) & LexiconRole.Determiner) != 0 ? j - 1 : j;

    /// <summary>The token's lexicon roles; a Turkish negative verb the lexicon does not know negates what precedes it.</summary>
    // Asked of every token: Score is too large for the JIT to inline it on its own, and the call cost about 2 % of the
    // analyzer's time with tiered PGO off (round analyzer41).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static LexiconRole NegationRoles(in SentenceContext s, int t) =>
        s.Tokens[t].Entry >= 0 ? s.RolesOf(t) : IsTurkishNegativeVerb(s, t) ? LexiconRole.PostNegator : LexiconRole.None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTurkishNegativeVerb(in SentenceContext s, int t) =>
        s.Language == Language.Tr && s.Tokens[t].Kind == TokenKind.Word
        && TurkishNegativeVerb.Is(s.FoldOf(t));

    /// <summary>Turkish negates a verb inside the word: stem + -ma/-me ("beğenmedik", "ilgilenmiyor", "sevmez"), also
    /// after the passive -Il-/-In- ("çözülmedi": was not solved) or the "can" of -(y)A- ("çözemedi": could not solve).
    /// A phrase's suffix is its last word's ("iyi davrandılar"): read from the first word, longer than it, the slice
    /// would start before it.</summary>
    private static bool HasTurkishNegativeSuffix(in SentenceContext s, int t)
    {
        ref readonly var head = ref s.Tokens[t];
        ref readonly var token = ref s.Tokens[t + Math.Max(head.Span, (byte)1) - 1];
        var suffix = s.Fold.Slice(token.FoldStart + token.FoldLength - head.Suffix, head.Suffix);
        if (suffix.Length > 2 && suffix[0] is 'i' or 'u' && suffix[1] is 'l' or 'n')
        {
            suffix = suffix[2..];
        }
        if (suffix.Length > 2 && suffix[0] == 'y')
        {
            suffix = suffix[1..];
        }
        if (suffix.Length > 2 && suffix[0] is 'a' or 'e' && suffix[1] == 'm')
        {
            suffix = suffix[1..];
        }
        return suffix.Length >= 2 && suffix[0] == 'm' && suffix[1] is 'a' or 'e' or 'i'
            && (suffix.Length == 2 || suffix[2] is 'd' or 'z' or 'y' or 'k' or 'm' or 'n')
            && (suffix[1] != 'i' || (suffix.Length > 2 && suffix[2] == 'y'));
    }
}
