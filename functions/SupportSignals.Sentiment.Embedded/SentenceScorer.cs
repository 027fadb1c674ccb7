using System.Runtime.CompilerServices;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>Positive and negative evidence of a span of text, in valence units (a strong word is about 3).</summary>
internal readonly record struct Evidence(float Positive, float Negative)
{
    private const float MixedFloor = 1f;
    /// <summary>Mixed only when the sides nearly balance: "friendly but a little slow" leans positive, and a
    /// lexicon reading of one stray word of the other side should not cancel a clear judgement.</summary>
    private const float MixedBalance = 0.85f;
    private const float NeutralBand = 0.05f;
    private const float NeutralMass = 1.5f;

    public Evidence Add(float valence) =>
        valence >= 0 ? this with { Positive = Positive + valence } : this with { Negative = Negative - valence };

    /// <summary>Takes back a valence added before (its side loses it; adding its opposite would count it on the other
    /// side as well).</summary>
    public Evidence Remove(float valence) =>
        valence >= 0 ? this with { Positive = Positive - valence } : this with { Negative = Negative + valence };

    public Evidence Plus(Evidence other) => new(Positive + other.Positive, Negative + other.Negative);

    /// <summary>How much was said either way; zero when nothing was.</summary>
    public float Mass => Positive + Negative;

    /// <summary>VADER's normalisation of the net valence into -1..1.</summary>
    public float Compound
    {
        get
        {
            var net = Positive - Negative;
            return net / MathF.Sqrt((net * net) + 15f);
        }
    }

    public Polarity Polarity
    {
        get
        {
            var weaker = MathF.Min(Positive, Negative);
            if (weaker >= MixedFloor && weaker >= MixedBalance * MathF.Max(Positive, Negative))
            {
                return Polarity.Mixed;
            }
            var compound = Compound;
            return compound >= NeutralBand ? Polarity.Positive : compound <= -NeutralBand ? Polarity.Negative : Polarity.Neutral;
        }
    }

    private static readonly SentimentScores NoEvidence = new(0, 1, 0);

    /// <summary>Confidences summing to 1: little evidence leaves most of the mass on neutral.</summary>
    public SentimentScores Scores
    {
        get
        {
            var total = Mass;
            var neutral = NeutralMass / (NeutralMass + total);
            var rest = 1f - neutral;
            return total == 0
                ? NoEvidence
                : new SentimentScores(Math.Round(rest * Positive / total, 4), Math.Round(neutral, 4), Math.Round(rest * Negative / total, 4));
        }
    }
}

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
internal static class SentenceScorer
{
    private const int NegationReach = 3;
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
    private const int BoosterReach = 2;
    /// <summary>How far before a negator its modal may stand ("kon het ons niet beter").</summary>
    private const int ModalReach = 3;
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
    /// <summary>How many words may stand before the word of praise in an ironic opener ("oh", "well").</summary>
    private const int OpenerLead = 1;
    /// <summary>How far after a service noun of praise the word judging it may stand ("the welcome was frosty").</summary>
    private const int JudgementReach = 3;
    /// <summary>How far before a count the act it counts may stand ("asked for a glass of water three times").</summary>
    private const int CountReach = 6;
    private const float RepeatedRequest = -1.8f;
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
    /// <summary>How far before a fix or a refund the word promising it may stand ("would be fixed", "will get it fixed").</summary>
    private const int PromiseReach = 3;
    /// <summary>How far before an act of attention the limiter making its count rare may stand ("only ever checked on us").</summary>
    private const int LimitReach = 3;
    /// <summary>How far after "at" the failing praised as a skill may stand ("great at completely ignoring us").</summary>
    private const int SkillReach = 3;

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

    /// <summary>What the reader may want ("If you are after great service, stay away", "Go elsewhere if you want good
    /// service"): the praise after the word of wanting at <paramref name="desire"/> in its clause names the want, and
    /// counts for nothing when a word outside it judges, which is the verdict. Without one the praise stands ("If you
    /// want great service, this is the place").</summary>
    private static Evidence WantedOnly(Span<float> valence, ReadOnlySpan<int> clause, int desire, Evidence evidence)
    {
        var verdict = false;
        for (var t = 0; t < valence.Length && !verdict; t++)
        {
            verdict = valence[t] != 0 && (t < desire || clause[t] != clause[desire]);
        }
        for (var t = desire; verdict && t < valence.Length && clause[t] == clause[desire]; t++)
        {
            if (valence[t] > 0)
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        return evidence;
    }

    /// <summary>What the staff put first ("The waitress seemed more concerned with looking good than actually serving",
    /// "more interested in chatting than in taking our order"): the phrase at <paramref name="preference"/> judges; the
    /// words after it up to the end of the clause of <paramref name="than"/> (or of the phrase's own clause when no "than"
    /// follows) name the priority and what was neglected, and judge nothing.</summary>
    private static Evidence PutFirst(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause, int preference, int than, Evidence evidence)
    {
        var last = than >= 0 ? clause[than] : clause[preference];
        for (var t = s.After(preference); t < valence.Length && clause[t] <= last; t++)
        {
            if (valence[t] != 0)
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        return evidence;
    }

    /// <summary>Service recovery: a problem told before the staff put it right ("the kitchen got our order wrong but the
    /// waiter replaced it at once", "the app kept crashing and support fixed it in a day", "double-charged, but billing
    /// refunded it") is what was put right: the problem words (<see cref="LexiconRole.Trouble"/>) before the last act of
    /// resolution that praises (a positive resolution cue, not negated) lose their blame, so the recovery decides. Blame
    /// of the staff's manner or speed is no problem put right and stays; a recovery denied ("never refunded") or
    /// grudging ("eventually refunded", or after an effort of the customer: "it took four calls to get it refunded")
    /// blames and lifts nothing.</summary>
    private static Evidence PutRight(in SentenceContext s, Span<float> valence, int recovery, Evidence evidence)
    {
        for (var t = 0; t < recovery; t++)
        {
            if (valence[t] < 0 && (s.RolesOf(t) & LexiconRole.Trouble) != 0)
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        return evidence;
    }

    /// <summary>What a count says of the act before it in its clause: a request or a contact made again and again was not
    /// met ("I asked three times for a glass of water", "asked for the bill twice", "called support three times"), an act of attention done rarely was
    /// attention missing ("checked on us maybe twice during the entire meal"); 0 for any other count ("we've been three
    /// times", "they came by twice").</summary>
    public static float CountedAct(in SentenceContext s, ReadOnlySpan<int> clause, int t, EnglishSense senses)
    {
        for (var j = t - 1; j >= 0 && j >= t - CountReach && clause[j] == clause[t]; j--)
        {
            var entry = s.Tokens[j].Entry;
            if (entry < 0 || s.Tokens[j].Span == 0)
            {
                continue;
            }
            ref readonly var act = ref s.Lexicon[entry];
            if ((senses & EnglishSense.Repeated) != 0 && !act.Has(LexiconRole.Sentiment) && act.Has(LexiconRole.CategoryHint)
                && act.Category == ServiceCategory.Availability)
            {
                // "I called support three times before anyone answered": a contact made again and again was not answered
                return RepeatedRequest;
            }
            if (!act.Has(LexiconRole.ServiceCue) || act.Has(LexiconRole.Sentiment))
            {
                continue;
            }
            if ((senses & EnglishSense.Repeated) != 0 && act.Category == ServiceCategory.Resolution && !act.Has(EnglishSense.Say))
            {
                return RepeatedRequest;
            }
            if (act.Category == ServiceCategory.Speed
                && ((senses & EnglishSense.Rare) != 0 && (s.Tokens[t].Span > 1 || LimitedBefore(s, clause, j))
                    || ((senses & EnglishSense.Repeated) != 0 && LimitedBefore(s, clause, j))))
            {
                // a bare count ("once", "twice") is rare only when a limiter stands before the act ("the waitress
                // only came to our table once"); "they came by once we had ordered" counts nothing
                return RareAttention;
            }
        }
        return 0f;
    }

    /// <summary>Whether the entry tells of a span of time, of the service's speed or of a wait on the line ("a week
    /// later", "took a week", "slow", "put on hold"), what a pardon may excuse.</summary>
    private static bool IsSlowness(in LexiconEntry entry) =>
        entry.Has(LexiconRole.Duration) || entry.Has(EnglishSense.Hold) || (entry.Has(LexiconRole.ServiceCue | LexiconRole.CategoryHint) && entry.Category == ServiceCategory.Speed);

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

    /// <summary>Whether the entry is an act of the staff told without a judgement ("brought", "took our order", "seated
    /// us"): a service cue with no valence of its own that is no verb of saying and names no one.</summary>
    private static bool IsPlainAct(in LexiconEntry entry) =>
        (entry.Roles & (LexiconRole.ServiceCue | LexiconRole.ServiceTarget)) == LexiconRole.ServiceCue && !entry.Has(EnglishSense.Say);

    /// <summary>Whether a pardon of a wait ("which was fine") follows the wait at <paramref name="t"/> in its sentence.</summary>
    private static bool PardonedAfter(in SentenceContext s, int t)
    {
        for (var j = t + 1; j < s.Tokens.Length; j++)
        {
            if ((s.SensesOf(j) & EnglishSense.Pardon) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a limiter ("only", "merely") stands within three words before the act at <paramref name="j"/>
    /// in its clause ("only came to our table", "only ever checked on us").</summary>
    private static bool LimitedBefore(in SentenceContext s, ReadOnlySpan<int> clause, int j) =>
        SenseShortlyBefore(s, clause, j, EnglishSense.Limit, LimitReach);

    /// <summary>Whether a word of <paramref name="sense"/> stands within <paramref name="reach"/> words before
    /// <paramref name="t"/> in its clause.</summary>
    private static bool SenseShortlyBefore(in SentenceContext s, ReadOnlySpan<int> clause, int t, EnglishSense sense, int reach)
    {
        for (var j = t - 1; j >= 0 && j >= t - reach && clause[j] == clause[t]; j--)
        {
            if ((s.SensesOf(j) & sense) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the charge at <paramref name="t"/> is for what its own clause then denies: a negator after it
    /// that reverses no sentiment word ("charged for drinks we didn't order", "billed us for a meal we never
    /// received"); not one that denies a judgement ("charged us for bread, which wasn't great") nor one beyond "but"
    /// ("charged for the wine but not the dessert").</summary>
    public static bool ChargedForWhatWasNot(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        for (var j = s.After(t); j < s.Tokens.Length && clause[j] == clause[t]; j = s.After(j))
        {
            if ((NegationRoles(s, j) & LexiconRole.Negator) != 0 && !GovernsSentiment(s, clause, j))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the quality of food or drink at <paramref name="t"/> ("icy", "cold", "lukewarm") is said of the
    /// staff: the nearest word of its clause before it that names something is a word for the staff or their welcome
    /// ("the reception we got was icy", "the waitress was frosty"), and it does not stand right before a thing it
    /// qualifies ("served us cold pizza"). Said of a drink ("the beer was icy") it is the drink's.</summary>
    private static bool IsSaidOfStaff(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var next = s.After(t);
        if (next < s.Tokens.Length && (s.RolesOf(next) & LexiconRole.OtherAspect) != 0)
        {
            return false;
        }
        for (var j = t - 1; j >= 0 && clause[j] == clause[t]; j--)
        {
            var roles = s.RolesOf(j);
            if ((roles & LexiconRole.OtherAspect) != 0)
            {
                return false;
            }
            if ((roles & (LexiconRole.ServiceTarget | LexiconRole.ServiceCue | LexiconRole.OtherAspect)) != 0)
            {
                return s.Lexicon[s.Tokens[j].Entry].Category == ServiceCategory.Friendliness;
            }
        }
        return false;
    }

    /// <summary>A recovery told in the clause of a wait of days or more ("they fixed it a month later", "the refund
    /// finally came after six weeks") came late: it praises nothing and puts nothing right, and the wait blames the
    /// service's speed. Only its own clause: "it took three days, but they fixed it" still praises the fix.</summary>
    private static Evidence CameLate(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause, int late, Evidence evidence, ref int recovery)
    {
        for (var t = 0; t < valence.Length; t++)
        {
            if (valence[t] > 0 && clause[t] == late && IsResolution(s, t))
            {
                evidence = Withdraw(valence, t, evidence);
                recovery = t == recovery ? -1 : recovery;
            }
        }
        return evidence;
    }

    /// <summary>Whether the word at <paramref name="t"/> tells of resolving something, as a service cue or a hint
    /// ("fixed it", "refund", "resolved").</summary>
    private static bool IsResolution(in SentenceContext s, int t)
    {
        return (s.RolesOf(t) & (LexiconRole.ServiceCue | LexiconRole.CategoryHint)) != 0
            && s.Lexicon[s.Tokens[t].Entry].Category == ServiceCategory.Resolution;
    }

    /// <summary>Whether the resolution word at <paramref name="t"/> is promised: a word of what is still to come
    /// ("will", "would", "promised to", "going to") stands within <see cref="PromiseReach"/> words before it in its
    /// clause ("the bug would be fixed next week", "they promised to refund us"). The problem it is promised for still
    /// counts as being seen to (<see cref="IsSolved"/> reads the lexicon), so it does not blame the service either.</summary>
    private static bool IsPromised(in SentenceContext s, ReadOnlySpan<int> clause, int t) =>
        IsResolution(s, t) && SenseShortlyBefore(s, clause, t, EnglishSense.Promise, PromiseReach);

    /// <summary>What is excepted ("everything was great except the service", "apart from the service, the evening was
    /// lovely", "a great meal if not for the rude waiter") is what the rest of the sentence did not say of it: the word
    /// of exception carries the reversed judgement of the rest (before it in mid-sentence; the main clause after an
    /// opening exception), which goes to the aspect it names like any other word's. It leaves the sentence's own
    /// evidence as it was.</summary>
    private static void ExceptOthers(in SentenceContext s, Span<float> valence, ReadOnlySpan<int> clause)
    {
        var firstWord = 0;
        while (firstWord < s.Tokens.Length && s.Tokens[firstWord].Kind != TokenKind.Word)
        {
            firstWord++;
        }
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            if (s.Tokens[t].Span == 0 || (s.SensesOf(t) & EnglishSense.Exception) == 0)
            {
                continue;
            }
            var opening = t == firstWord;
            var rest = 0f;
            for (var j = 0; j < s.Tokens.Length; j++)
            {
                if (j != t && (opening ? clause[j] != clause[t] : j < t))
                {
                    rest += valence[j];
                }
            }
            valence[t] -= rest;
        }
    }

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

    /// <summary>Whether the word at <paramref name="t"/> is a service noun that carries praise of its own ("the
    /// welcome", "the attention") named with an article and judged the other way by a later word of its clause ("The
    /// attention was lacking", "the greeting was curt"): the judgement says what it was, so the noun's own praise
    /// does not count.</summary>
    private static bool IsJudgedOtherwise(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        if (t == 0 || (s.RolesOf(t) & LexiconRole.ServiceCue) == 0 || (s.RolesOf(t - 1) & LexiconRole.Determiner) == 0)
        {
            return false;
        }
        for (var j = s.After(t); j < s.Tokens.Length && j <= t + JudgementReach && clause[j] == clause[t]; j = s.After(j))
        {
            var roles = s.RolesOf(j);
            if ((roles & LexiconRole.Sentiment) != 0)
            {
                return s.Lexicon[s.Tokens[j].Entry].Valence < 0;
            }
            if ((roles & (LexiconRole.Negator | LexiconRole.PostNegator)) != 0)
            {
                return false;
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

    /// <summary>The guest's pardon in the clause that "but" opens ("…, but that's not really a big deal", "…, but it is
    /// not a problem at lunch"): a pardon phrase, or the customer's problem denied, in a clause that names no staff, no other service and
    /// no other aspect ("but the food was not a problem" pardons nothing). -1 when there is none.</summary>
    private static int PardonAt(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, int contrast)
    {
        var pardon = -1;
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            if (clause[t] != contrast || s.Tokens[t].Span == 0)
            {
                continue;
            }
            var roles = s.RolesOf(t);
            if ((roles & (LexiconRole.ServiceTarget | LexiconRole.ServiceCue | LexiconRole.OtherAspect)) != 0)
            {
                return -1;
            }
            if ((s.SensesOf(t) & EnglishSense.Pardon) != 0 || ((roles & LexiconRole.Trouble) != 0 && valence[t] > 0))
            {
                pardon = t;
            }
        }
        return pardon;
    }

    /// <summary>A pardon after "but" takes back the blame said before it ("the service is not exactly five star, but
    /// that's no big deal"): the blame of the clauses before the contrast, and the pardon's own denial, count
    /// nothing.</summary>
    private static Evidence Pardoned(Span<float> valence, ReadOnlySpan<int> clause, int contrast, int pardon, Evidence evidence)
    {
        for (var t = 0; t < valence.Length; t++)
        {
            if ((clause[t] < contrast && valence[t] < 0) || t == pardon)
            {
                evidence = Withdraw(valence, t, evidence);
            }
        }
        return evidence;
    }

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

    /// <summary>Whether the word at <paramref name="t"/> opens its clause: the sentence's first token, or right after a
    /// comma, a clause break or a sentence end.</summary>
    internal static bool OpensClause(in SentenceContext s, int t) =>
        t == 0 || s.Tokens[t - 1].Kind is TokenKind.ClauseBreak or TokenKind.SentenceEnd or TokenKind.LineBreak;

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

    /// <summary>A known word that judges, names and negates nothing ("sometimes", "always", "today").</summary>
    private static bool IsFunctionWord(in SentenceContext s, int j) =>
        s.Tokens[j].Entry >= 0 && (s.RolesOf(j) & (LexiconRole.Sentiment | LexiconRole.ServiceTarget | LexiconRole.ServiceCue
            | LexiconRole.OtherAspect | LexiconRole.Alternative | LexiconRole.Negator | LexiconRole.PostNegator
            | LexiconRole.Condition)) == 0 && (s.SensesOf(j) & (EnglishSense.Dish | EnglishSense.Person)) == 0;

    /// <summary>Whether the problem word at <paramref name="t"/> is what a contact was about: a word naming the topic
    /// (<see cref="EnglishSense.Topic"/>: "about", "regarding", "reported", "the logs of") within three words before it in
    /// its clause ("I opened a ticket about the login bug", "I reported the crash to support"). The product's fault told
    /// as the subject of a ticket or a call blames no one who was contacted (round analyzer63).</summary>
    private static bool IsTopic(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        for (var j = t - 1; j >= 0 && j >= t - NegationReach && clause[j] == clause[t]; j--)
        {
            if (s.Tokens[j].Span > 0 && Covers(s, j, EnglishSense.Topic))
            {
                return true;
            }
        }
        return false;
    }

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

    /// <summary>Whether the problem word at <paramref name="t"/> is the object of a word of solving or understanding it
    /// within <see cref="NegationReach"/> words either side in its clause ("solved my problem", "sorunu çözdü",
    /// "understood my issue").</summary>
    private static bool IsSolved(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        // words of promise or raising between take none of the reach ("the bug is going to be fixed", "the issue seems
        // to be solved")
        var last = Math.Min(s.Tokens.Length - 1, t + NegationReach);
        for (var j = t + 1; j <= last; j++)
        {
            if (Covers(s, j, EnglishSense.Promise | EnglishSense.Transparent))
            {
                last = Math.Min(s.Tokens.Length - 1, last + 1);
            }
        }
        for (var j = Math.Max(0, t - NegationReach); j <= last; j++)
        {
            if (j == t || clause[j] != clause[t] || (s.RolesOf(j) & LexiconRole.Sentiment) == 0)
            {
                continue;
            }
            ref readonly var entry = ref s.Lexicon[s.Tokens[j].Entry];
            if (entry.Valence > 0 && entry.Category is ServiceCategory.Resolution or ServiceCategory.Knowledge
                && entry.Has(LexiconRole.CategoryHint | LexiconRole.ServiceCue))
            {
                return true;
            }
        }
        return false;
    }

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
            // A phrase is its own reading ("vriendelijker kunnen": could have been friendlier), which negation turns.
            return false;
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

    /// <summary>Whether a negator governs token <paramref name="t"/> within its clause. A Turkish verb negative in
    /// itself takes "hiç", "asla", "kimse" before it as the same negation, not a second ("hiç ilgilenmedi").</summary>
    public static bool IsNegated(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        if (s.Language == Language.Tr)
        {
            var suffixed = HasTurkishNegativeSuffix(s, s.Tokens[t]);
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

    public static bool IsDenied(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var negator = NegatorOf(s, clause, t);
        return negator >= 0 ? !GovernsSentiment(s, clause, PhraseStart(s, negator)) && !NoneCouldBeMore(s, clause, PhraseStart(s, negator)) : s.Language == Language.Tr && HasTurkishNegativeSuffix(s, s.Tokens[t]);
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
    /// after the passive -Il-/-In- ("çözülmedi": was not solved) or the "can" of -(y)A- ("çözemedi": could not solve).</summary>
    private static bool HasTurkishNegativeSuffix(in SentenceContext s, in Token token)
    {
        var suffix = s.Fold.Slice(token.FoldStart + token.FoldLength - token.Suffix, token.Suffix);
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
