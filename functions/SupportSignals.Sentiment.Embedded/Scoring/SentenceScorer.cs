namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Sentence-level sentiment in the manner of VADER (Hutto and Gilbert, 2014), over the multilingual lexicons:
/// boosters scale the next sentiment word, a negator within three words before (or a post-negator within two after,
/// or a Turkish negative verb suffix) reverses and damps it, a negator with nothing to reverse counts as a mild complaint, a contrast word ("but") makes what follows count
/// three times what precedes, a concessive clause ("although …") counts half, an aside in parentheses counts less and
/// turns nothing outside it, sarcasm markers (and a word of praise exclaimed before a complaint) turn praise into
/// blame, a service noun of praise judged the other way ("the welcome was frosty") loses its own praise, and
/// exclamation marks add emphasis. Also numbers the clauses, which mention extraction needs, and leaves each word's
/// weighted valence for it.
/// </summary>
internal static partial class SentenceScorer
{
    private const int NegationReach = 3;

    private const int BoosterReach = 2;

    private const float NegationScale = -0.74f;
    private const float CapsEmphasis = 1.25f;
    private const float SarcasmScale = -0.8f;
    private const float BeforeContrast = 0.5f;
    private const float AfterContrast = 1.5f;
    private const float ConcessionWeight = 0.5f;
    private const float ExclamationEmphasis = 0.292f;
    /// <summary>A parenthesis holds an aside, which weighs less than what the sentence says.</summary>
    private const float AsideWeight = 0.4f;
    private const int MaxAsides = 4;

    /// <summary>What an act of attention done rarely blames (<see cref="CountedAct"/>).</summary>
    public const float RareAttention = -1.5f;
    /// <summary>A cold quality said of the staff or their welcome blames their manner ("the reception we got was icy").</summary>
    private const float ColdManner = -2f;
    /// <summary>The service asked back as if it did not exist ("What support?").</summary>
    private const float DeniedExistence = -2.5f;
    /// <summary>How far after "nobody" the one it is compared with may be named ("nobody knows the product as well as").</summary>
    private const int ComparisonReach = 8;
    /// <summary>A charge for what the guest did not order blames like an overcharge.</summary>
    private const float WrongCharge = -2.3f;
    /// <summary>A card or line cancelled after a theft or fraud (<see cref="EnglishSense.Safeguard"/>): help, as a
    /// recovery is.</summary>
    private const float SafeguardAfterIncident = 1.5f;

    /// <summary>Clause numbers grow by this much at a comma or parenthesis, and by the strong step elsewhere.</summary>
    public const int WeakBoundary = 1;
    public const int StrongBoundary = 4;

    /// <param name="valence">Gets each token's weighted valence (0 for words without sentiment).</param>
    /// <param name="clause">Gets each token's clause number; numbers step by <see cref="WeakBoundary"/> or
    /// <see cref="StrongBoundary"/>, so their difference measures how far apart two words are in structure.</param>
    public static Evidence Score(in SentenceContext s, Span<float> valence, Span<int> clause)
    {
        var tokens = s.Tokens;
        var lexicon = s.Lexicon;
        // a question answered in the next sentence ("Is the support any good? No, …") keeps what it asked about
        var yesNo = s.Asks && !s.AnsweredNoNext && !s.DeniedNext && AsksYesOrNo(s);
        var clauses = 0;
        var contrastClause = -1;
        var concessionClause = -1;
        var openingConcession = false;
        // "Except for the slow service, …" closes at its comma like an opening concession
        var exceptionClause = -1;
        var openingException = false;
        var words = 0;
        var sarcasm = false;
        // a word of skill ("at") was seen: praise may be of a failing
        var skill = false;
        // an occasion word ("when", "after") was seen: a problem after it may only date praise (DealtWith)
        var occasion = false;
        // a misfortune that befalls customers ("stolen", "fraud") was seen: cancelling a card or line is then help
        var incident = false;
        var exclamation = false;
        var lowerWords = false;
        // the first word of what the reader may want ("if you are after great service"), or -1
        var desire = -1;
        // the first word of praise only expected or heard of ("is supposed to be great"), or -1
        var hearsay = -1;
        // a standard what precedes it falls short of ("does not amount to good service"), and its clause
        var standard = -1;
        var standardClause = -1;
        // a phrase that puts one thing before another ("more interested in … than"), and its "than", or -1
        var preference = -1;
        var than = -1;
        Span<(int Open, int Close)> asides = stackalloc (int, int)[MaxAsides];
        var asideCount = 0;
        var openAside = -1;
        var contrastOutside = contrastClause;
        var concessionOutside = concessionClause;
        // how many lukewarm verdicts and shrugs the sentence holds ("fine, nothing special"), and how many judgements
        // it denies ("not great, not terrible")
        var lukewarm = 0;
        var denials = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.Kind is TokenKind.ClauseBreak or TokenKind.SentenceEnd or TokenKind.LineBreak)
            {
                exclamation |= token.Has(TokenFlags.Exclamation);
                clause[t] = clauses;
                var c = s.Text[token.Start];
                // "Although the waiter was rude, the food was great": the comma that closes a concessive clause
                // opening the sentence leads into the main clause, which says nothing more of the waiter.
                var closesConcession = ((openingConcession && clauses == concessionClause) || (openingException && clauses == exceptionClause))
                    && c is not ('(' or ')');
                clauses += IsComma(c) && !closesConcession ? WeakBoundary : StrongBoundary;
                openingConcession &= !closesConcession;
                openingException &= !closesConcession;
                if (c == '(')
                {
                    openAside = t;
                    contrastOutside = contrastClause;
                    concessionOutside = concessionClause;
                }
                else if (c == ')' && openAside >= 0)
                {
                    // "Thanks to our waitress (unfortunately I forgot her name)": an aside's "but" turns nothing
                    // outside it.
                    contrastClause = contrastOutside;
                    concessionClause = concessionOutside;
                    if (asideCount < MaxAsides)
                    {
                        asides[asideCount++] = (openAside, t);
                    }
                    openAside = -1;
                }
                continue;
            }
            lowerWords |= token.Kind == TokenKind.Word && !token.Has(TokenFlags.AllCaps);
            if (token.Entry >= 0 && token.Span > 0)
            {
                ref readonly var entry = ref lexicon[token.Entry];
                if (entry.Has(EnglishSense.Exception))
                {
                    // "everything was great except the service": the rest outweighs what came before, as after "but";
                    // "apart from the service, everything was great": the opening exception weighs like the rest
                    clauses += StrongBoundary;
                    exceptionClause = clauses;
                    openingException = words == 0;
                    contrastClause = openingException ? contrastClause : clauses;
                }
                else if (entry.Has(LexiconRole.Contrast))
                {
                    clauses += StrongBoundary;
                    contrastClause = clauses;
                }
                else if (entry.Has(LexiconRole.Concession))
                {
                    clauses += StrongBoundary;
                    concessionClause = clauses;
                    openingConcession = words == 0;
                }
                sarcasm |= entry.Has(LexiconRole.Sarcasm) && (!entry.Has(EnglishSense.Opening) || OpensClause(s, t));
                sarcasm |= entry.Has(EnglishSense.Taste) && BlameFollows(s, t);
                // "Fantastic service, we only waited an hour.": a long wait played down is irony of the praise
                sarcasm |= entry.Has(LexiconRole.Duration) && s.Language == Language.En && WaitingTime.PlaysDownLongWait(s, t);
                hearsay = hearsay < 0 && entry.Has(EnglishSense.Hearsay) ? t : hearsay;
                desire = desire < 0 && entry.Has(EnglishSense.Desire) ? t : desire;
                if (standard < 0 && entry.Has(EnglishSense.Standard))
                {
                    standard = t;
                    standardClause = clauses;
                }
                if (entry.Has(EnglishSense.Preference))
                {
                    if (entry.Has(LexiconRole.Sentiment))
                    {
                        preference = preference < 0 ? t : preference;
                    }
                    else if (preference >= 0 && than < 0)
                    {
                        than = t;
                    }
                }
                skill |= entry.Has(EnglishSense.Skill);
                occasion |= entry.Has(EnglishSense.Occasion);
                incident |= entry.Has(EnglishSense.Incident);
                lukewarm += entry.Has(LexiconRole.Lukewarm) ? 1 : 0;
            }
            clause[t] = clauses;
            words += token.Kind == TokenKind.Word ? 1 : 0;
        }

        // "Thanks for the great service, not.": the praise before a closing negator is irony
        sarcasm |= EndsWithIronicNot(s);
        // "Friendly service? Not here.": a question answered by a bare denial asks in irony
        sarcasm |= s.DeniedNext;
        var evidence = default(Evidence);
        // the last act of putting a problem right ("replaced it", "refunded", "fixed it"): troubles before it were put right
        var recovery = -1;
        // an effort the customer had to make to get something put right ("it took four calls to get", "had to chase")
        var effort = false;
        // the clause of a wait of days or more ("a month later", "after six weeks"): what was put right there came late
        var lateClause = -1;
        // the last judgement read so far, before its clause's weight, and its clause: what an elided denial denies
        var lastJudgement = 0f;
        var lastJudgementClause = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            valence[t] = 0;
            ref readonly var token = ref tokens[t];
            if (token.Span == 0)
            {
                continue;
            }
            var roles = NegationRoles(s, t);
            var senses = s.SensesOf(t);
            if (roles == LexiconRole.None && senses == EnglishSense.None)
            {
                continue;
            }
            if ((roles & LexiconRole.Negator) != 0 && (NoOneAsGoodAs(s, clause, t) || NoneCouldBeMore(s, clause, t) || DeniedDenialAfter(s, clause, t) || IsDeniedDenial(s, clause, t)))
            {
                // "nobody knows it as well as Sam": no one is missing
                continue;
            }
            var own = 0f;
            var elided = false;
            if (token.Entry >= 0)
            {
                ref readonly var entry = ref lexicon[token.Entry];
                own = entry.Has(LexiconRole.Sentiment) && (!entry.Has(EnglishSense.Opening) || OpensClause(s, t)) ? entry.Valence : 0f;
                if (entry.Has(LexiconRole.Duration) && WaitingTime.TryRead(s, t, out var wait, out var capDenied))
                {
                    // "we only waited fifteen minutes" blames nothing; "I never waited more than an hour for a reply":
                    // the longest wait denied, the waits were shorter
                    own = capDenied ? wait * NegationScale : wait;
                }
                if (own < 0 && entry.Has(LexiconRole.Booster) && PraiseFollows(s, clause, t))
                {
                    // "terribly nice", "wicked friendly": a word of blame used to intensify praise only strengthens it
                    own = 0f;
                }
                if (own < 0 && IsSlowness(entry) && (s.PardonedNext || PardonedAfter(s, t)))
                {
                    // "a week later, which was fine", "it took a week. That was fine.": the guest pardons the wait
                    own = 0f;
                }
                if (s.NothingMoreNext && (own > 0 || (own == 0 && IsPlainAct(entry))))
                {
                    // "The staff greeted us. That was it.": the act, or the praise, was the least the service did
                    own = RareAttention;
                }
            }
            if (own == 0 && (senses & (EnglishSense.Repeated | EnglishSense.Rare)) != 0)
            {
                own = CountedAct(s, clause, t, senses);
            }
            if (own <= 0 && (senses & EnglishSense.Bill) != 0 && ChargedForWhatWasNot(s, clause, t))
            {
                // "we were charged for drinks we didn't order": a wrong charge is the business's mistake
                own = WrongCharge;
            }
            if (own <= 0 && (senses & EnglishSense.Dish) != 0 && IsSaidOfStaff(s, clause, t))
            {
                // "the reception we got was icy": a cold dish is a flaw, cold staff are unfriendly
                own = ColdManner;
            }
            if (own == 0 && (roles & LexiconRole.ServiceTarget) != 0 && IsExistenceDenied(s, t))
            {
                // "Support? What support?": asked back, the service is denied to exist
                own = DeniedExistence;
            }
            if (own < 0 && token.Entry >= 0 && lexicon[token.Entry].Has(LexiconRole.Trouble) && (IsSolved(s, clause, t) || IsTopic(s, clause, t)))
            {
                continue;
            }
            if (own < 0 && (senses & EnglishSense.Incident) != 0 && BefellCustomer(s, clause, t))
            {
                // "my card was stolen and the agent cancelled it": the misfortune is no act of the staff
                continue;
            }
            if (own < 0 && (senses & EnglishSense.Safeguard) != 0 && incident)
            {
                // "my phone was stolen and the agent cancelled the line": what a thief could use, cancelled for the customer
                own = SafeguardAfterIncident;
            }
            if (own < 0 && s.Language == Language.En && (roles & LexiconRole.ServiceCue) != 0 && MentionExtractor.OwnAbsenceBefore(s, t))
            {
                // "We were on holiday, so no one answered when their support called back": the silence was the
                // customer's own, and judges no one (round analyzer73)
                continue;
            }
            if (own > 0 && IsJudgedOtherwise(s, clause, t))
            {
                continue;
            }
            if (own > 0 && yesNo)
            {
                // "Can the agents help with data migration?": what a yes/no question asks about is no praise
                continue;
            }
            if (own == 0 && (roles & (LexiconRole.Negator | LexiconRole.PostNegator)) != 0 && !GovernsSentiment(s, clause, t))
            {
                // "they're very nice, and sometimes not", "friendly, but not always": the negator alone in a clause
                // that opens with "and" or "but" denies the judgement of the clause before
                // (boosted as it was: "sometimes" before the negator limits no more than it did the judgement)
                elided = lastJudgement != 0 && lastJudgementClause < clause[t] && IsElidedDenial(s, clause, t);
                own = elided ? -lastJudgement : UnresolvedNegation;
            }
            if (own == 0)
            {
                continue;
            }
            var v = elided ? own : own * Boost(s, clause, t);
            if (token.Has(TokenFlags.AllCaps) && lowerWords)
            {
                v *= CapsEmphasis;
            }
            // Negative concord: "hiç gelmedi", "никто не пришёл" are one negation, not two that cancel.
            var negated = (roles & (LexiconRole.Negator | LexiconRole.PostNegator | LexiconRole.NegatedPhrase)) == 0 && IsNegated(s, clause, t);
            if (negated ? !IsUnsurpassed(s, clause, t) : v > 0 && IsWishedFor(s, clause, t))
            {
                v *= NegationScale;
                denials += negated ? 1 : 0;
            }
            if (sarcasm && v > 0)
            {
                v *= SarcasmScale;
            }
            else if ((s.DeniedNext || s.AnsweredNoNext) && v < 0)
            {
                // "Was the waiter rude? Not at all.", "Any issues with the staff? No, they were great.": the blame asked
                // about is denied
                v *= NegationScale;
            }
            var weight = contrastClause < 0 ? 1f : clause[t] < contrastClause ? BeforeContrast : AfterContrast;
            if (InAside(asides[..asideCount], t))
            {
                weight *= AsideWeight;
            }
            if (clause[t] == concessionClause)
            {
                weight *= ConcessionWeight;
            }
            if (clause[t] == standardClause)
            {
                // "a smile from the waiter does not amount to good service": the standard outweighs what fell short
                weight *= t < standard ? BeforeContrast : AfterContrast;
            }
            valence[t] = v * weight;
            if ((roles & LexiconRole.Sentiment) != 0)
            {
                lastJudgement = v;
                lastJudgementClause = clause[t];
            }
            if (valence[t] > 0 && IsPromised(s, clause, t))
            {
                // "support told me the bug would be fixed next week": a fix promised is no recovery yet
                valence[t] = 0;
                continue;
            }
            if (WaitingTime.IsDaysLong(s, t, valence[t]))
            {
                lateClause = clause[t];
            }
            if ((roles & LexiconRole.ServiceCue) != 0 && lexicon[token.Entry].Category == ServiceCategory.Resolution)
            {
                if (valence[t] > 0 && effort)
                {
                    // put right only after the customer's effort ("it took four calls to get it refunded"): the effort
                    // blames, the recovery it took praises nothing
                    valence[t] = 0;
                }
                else if (valence[t] > 0)
                {
                    recovery = t;
                }
                // the problem itself ("double-charged", "got our order wrong") is what gets put right, not an effort
                effort |= lexicon[token.Entry].Valence < 0 && (roles & LexiconRole.Trouble) == 0;
            }
            evidence = evidence.Add(valence[t]);
        }
        if (preference >= 0)
        {
            evidence = PutFirst(s, valence, clause, preference, than, evidence);
        }
        if (desire >= 0)
        {
            evidence = WantedOnly(valence, clause, desire, evidence);
        }
        for (var t = hearsay; t >= 0 && t < valence.Length && clause[t] == clause[hearsay]; t++)
        {
            // "The staff are supposed to be great": praise expected or heard of is no verdict of the writer, up to an
            // "and" that tells what was found ("I had heard great things about them and they were superb")
            if (t > hearsay && (s.RolesOf(t) & LexiconRole.Conjunction) != 0)
            {
                break;
            }
            if (valence[t] > 0)
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        if (lateClause >= 0)
        {
            evidence = CameLate(s, valence, clause, lateClause, evidence, ref recovery);
        }
        if (recovery > 0)
        {
            evidence = PutRight(s, valence, recovery, evidence);
        }
        if (occasion)
        {
            evidence = DealtWith(s, valence, clause, evidence);
        }
        if (denials >= 2 && s.Language == Language.En)
        {
            evidence = DeniedBothWays(s, valence, clause, evidence);
        }
        // Hindi's lukewarm words ("theek", "bas average") make the same verdict (round analyzer94)
        if (lukewarm >= 2 && s.Language is Language.En or Language.Hi)
        {
            evidence = Shrugged(s, valence, clause, evidence);
        }
        if (IronicOpener(s, valence) is var ironic && ironic >= 0)
        {
            evidence = evidence.Remove(valence[ironic]);
            valence[ironic] *= SarcasmScale;
            evidence = evidence.Add(valence[ironic]);
        }
        for (var t = 0; skill && t < tokens.Length; t++)
        {
            if (IsSkillInFailing(s, valence, clause, t))
            {
                evidence = evidence.Remove(valence[t]);
                valence[t] *= SarcasmScale;
                evidence = evidence.Add(valence[t]);
            }
        }
        if (exceptionClause >= 0)
        {
            ExceptOthers(s, valence, clause);
        }
        if (contrastClause >= 0 && PardonAt(s, valence, clause, contrastClause) is var pardon && pardon >= 0)
        {
            evidence = Pardoned(valence, clause, contrastClause, pardon, evidence);
        }
        if (exclamation && evidence.Positive != evidence.Negative)
        {
            evidence = evidence.Add(evidence.Positive > evidence.Negative ? ExclamationEmphasis : -ExclamationEmphasis);
        }
        return evidence;
    }

    /// <summary>Takes back what the word at <paramref name="t"/> said: its valence leaves the evidence and the word
    /// judges nothing more.</summary>
    private static Evidence Withdraw(Span<float> valence, int t, Evidence evidence)
    {
        evidence = evidence.Remove(valence[t]);
        valence[t] = 0;
        return evidence;
    }

    /// <summary>Whether the word right after the booster at <paramref name="t"/>, in its clause, is a word of praise
    /// ("terribly nice", "stupid fast").</summary>
    private static bool PraiseFollows(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var k = s.After(t);
        if (k >= s.Tokens.Length || clause[k] != clause[t] || s.Tokens[k].Entry < 0 || s.Tokens[k].Span == 0)
        {
            return false;
        }
        ref readonly var next = ref s.Lexicon[s.Tokens[k].Entry];
        return next.Has(LexiconRole.Sentiment) && next.Valence > 0;
    }

    private static bool InAside(ReadOnlySpan<(int Open, int Close)> asides, int t)
    {
        foreach (var (open, close) in asides)
        {
            if (t > open && t < close)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsComma(char c) => c is ',' or '،' or '、' or '，' or '(' or ')';

    /// <summary>A negator with no sentiment word to reverse still complains: "never received", "didn't have my name".</summary>
    private const float UnresolvedNegation = -0.6f;

    /// <summary>Whether the word at <paramref name="t"/> opens its clause: the sentence's first token, or right after a
    /// comma, a clause break or a sentence end.</summary>
    internal static bool OpensClause(in SentenceContext s, int t) =>
        t == 0 || s.Tokens[t - 1].Kind is TokenKind.ClauseBreak or TokenKind.SentenceEnd or TokenKind.LineBreak;

    private static float Boost(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var scale = 1f;
        for (var j = t - 1; j >= 0 && j >= t - BoosterReach && clause[j] == clause[t]; j--)
        {
            var e = s.Tokens[j].Entry;
            if (e >= 0 && s.Tokens[j].Span > 0 && s.Lexicon[e].Has(LexiconRole.Booster))
            {
                scale *= 1f + s.Lexicon[e].Boost;
            }
        }
        return scale;
    }
}
