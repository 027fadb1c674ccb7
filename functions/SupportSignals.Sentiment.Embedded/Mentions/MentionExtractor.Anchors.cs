namespace SupportSignals.Sentiment.Embedded;

// Anchors: which words anchor a mention (a word for the staff, a service cue, a pronoun standing for the staff, a wait,
// a wrong charge, a refusal by "they", the house acting) and how they group per clause.
internal static partial class MentionExtractor
{
    private const int PendingCue = -3;

    /// <summary>
    /// Numbers the service groups (targets: a new group per clause or after another aspect; cues: the nearest target's
    /// group unless another aspect stands between, else a group per clause) and marks other aspects.
    /// </summary>
    private static int GroupAnchors(in SentenceContext s, ReadOnlySpan<float> valence, ReadOnlySpan<int> clause, int advice, Span<int> groupOf)
    {
        var groups = 0;
        var groupClause = -1;
        var otherSince = false;
        var cues = false;
        // a pronoun after someone named stands for them; one before anyone is named stands for the staff the
        // sentences before spoke of ("he was great"), when nothing else in the sentence tells of the service
        var named = false;
        // the group of the staff named last, when no one else was named after them: a pronoun then stands for them ("the
        // waiter, Tom, recommended the fish and he was right, he was lovely")
        var staffGroup = -1;
        // in English, a judgement after the group's last target and then "and" ("the waiter was helpful and ..."): a
        // target after them opens a coordinated clause of its own ("... and the waitress was rude")
        var judged = false;
        var joined = false;
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            var roles = s.RolesOf(t);
            var senses = s.SensesOf(t);
            groupOf[t] = NoAnchor;
            if (groups > 0 && clause[t] == groupClause && s.Language == Language.En)
            {
                joined |= judged && (roles & LexiconRole.Conjunction) != 0 && (roles & LexiconRole.ServiceTarget) == 0;
                judged |= valence[t] != 0 && (roles & LexiconRole.ServiceTarget) == 0;
            }
            if (clause[t] == advice && (senses & EnglishSense.Imperative) != 0)
            {
                continue;
            }
            if ((roles & LexiconRole.ServiceTarget) != 0 && NotNeeded(s, clause, t))
            {
                continue;
            }
            if (s.Language == Language.Ru && (roles & (LexiconRole.ServiceTarget | LexiconRole.ServiceCue)) != 0 && RussianSense.NotService(s, clause, t))
            {
                // "к выбору подошли основательно", "подошло время", "девушке понравилось": a serving verb or a staff
                // word in another sense
                continue;
            }
            if ((roles & LexiconRole.ServiceTarget) != 0 && (senses & EnglishSense.Machine) != 0 && NamesMachine(s, clause, t))
            {
                // "our servers were down": the computers that host the product, not the people waiting tables
                groupOf[t] = OtherAspect;
                otherSince = true;
                continue;
            }
            if ((senses & EnglishSense.Person) != 0 || IsNamedTarget(roles, senses))
            {
                named = true;
                staffGroup = -1;
            }
            else if ((senses & EnglishSense.Pronoun) != 0 && staffGroup >= 0 && s.Language == Language.En)
            {
                groupOf[t] = staffGroup;
                continue;
            }
            else if ((senses & EnglishSense.Pronoun) != 0 && (named || SaysServiceOtherwise(s, valence)))
            {
                continue;
            }
            if ((roles & LexiconRole.ServiceTarget) != 0)
            {
                if (groups == 0 || clause[t] != groupClause || otherSince || (joined && IsNamedTarget(roles, senses)))
                {
                    if (groups == MaxGroups)
                    {
                        continue;
                    }
                    groups++;
                }
                groupOf[t] = groups - 1;
                groupClause = clause[t];
                otherSince = false;
                judged = false;
                joined = false;
                staffGroup = IsNamedTarget(roles, senses) ? groups - 1 : staffGroup;
            }
            else if ((roles & LexiconRole.ServiceCue) != 0 && s.Language == Language.En && (DescribesOwnPeople(s, clause, t) || OwnAbsenceBefore(s, t)))
            {
                // "Our helpdesk agents are fast and friendly": the customer's own people described, not the service
                continue;
            }
            else if ((roles & LexiconRole.ServiceCue) != 0 || IsWait(s, valence, t) || IsWrongCharge(s, clause, t) || TheyRefuseOrAnswer(s, clause, groupOf, t))
            {
                groupOf[t] = PendingCue;
                cues = true;
            }
            else if ((senses & EnglishSense.House) != 0 && IsHouse(s, t) && HouseActs(s, clause, t))
            {
                // "The hotel never replied to my email": the business doing an act of serving is the house, as "they"
                // is, no place the act describes; its act makes the mention
                continue;
            }
            else if ((roles & LexiconRole.OtherAspect) != 0)
            {
                groupOf[t] = OtherAspect;
                otherSince = true;
            }
        }
        if (!cues)
        {
            return groups;
        }
        var targetGroups = groups;
        var cueClause = -1;
        for (var t = 0; t < groupOf.Length; t++)
        {
            if (groupOf[t] != PendingCue)
            {
                continue;
            }
            // a wrong charge is the business's doing whatever the clause opened with ("the bar charged us for drinks we
            // didn't order"), like a wait
            var wait = IsWait(s, valence, t) || IsWrongCharge(s, clause, t);
            var target = targetGroups > 0 ? TargetWithoutRival(groupOf, t, wait) : -1;
            // "the wifi is fast although the service is slow": a cue whose own clause, beyond "although", "but" or a
            // semicolon from the staff named, holds another aspect before it describes that aspect, not the staff
            if (target >= 0 && Math.Abs(clause[target] - clause[t]) >= SentenceScorer.StrongBoundary && !wait && DescribesOtherAspect(s, groupOf, clause, t) && !IsServingEvent(s, t))
            {
                groupOf[t] = NoAnchor;
                continue;
            }
            if (target >= 0)
            {
                groupOf[t] = groupOf[target];
                continue;
            }
            if ((DescribesOtherAspect(s, groupOf, clause, t) && !wait && !IsServingEvent(s, t)) || AwaitsParcel(s, clause, t))
            {
                groupOf[t] = NoAnchor;
                continue;
            }
            if (groups == targetGroups || clause[t] != cueClause)
            {
                if (groups == MaxGroups)
                {
                    groupOf[t] = NoAnchor;
                    continue;
                }
                groups++;
                cueClause = clause[t];
            }
            groupOf[t] = groups - 1;
        }
        return groups;
    }

    private static bool IsNamedTarget(LexiconRole roles, EnglishSense senses) =>
        (roles & LexiconRole.ServiceTarget) != 0 && (senses & EnglishSense.Pronoun) == 0;

    /// <summary>Whether a word other than a pronoun tells of the service: then it, not the pronoun, takes the
    /// sentence's judgement.</summary>
    private static bool SaysServiceOtherwise(in SentenceContext s, ReadOnlySpan<float> valence)
    {
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            var roles = s.RolesOf(t);
            if ((roles & LexiconRole.ServiceCue) != 0 || IsNamedTarget(roles, s.SensesOf(t)) || IsWait(s, valence, t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A wait, told by a verb ("we waited") or by a long or bounded span of time ("after 40 minutes",
    /// "within 10 minutes"), is the service's doing whatever was waited for: it joins the service target across a
    /// dish ("the waiter brought our drinks after 35 minutes") and makes a mention of its own without one ("the
    /// soup came after 40 minutes").</summary>
    private static bool IsWait(in SentenceContext s, ReadOnlySpan<float> valence, int t)
    {
        var roles = s.RolesOf(t);
        return (roles & LexiconRole.Waiting) != 0 || ((roles & LexiconRole.Duration) != 0 && valence[t] != 0 && WaitingTime.Valence(s, t) != 0);
    }

    /// <summary>Whether the word at <paramref name="t"/> bills the guest for what its clause then says they did not
    /// order or receive (<see cref="SentenceScorer.ChargedForWhatWasNot"/>): the business's mistake, a service cue.</summary>
    private static bool IsWrongCharge(in SentenceContext s, ReadOnlySpan<int> clause, int t) =>
        (s.SensesOf(t) & EnglishSense.Bill) != 0 && SentenceScorer.ChargedForWhatWasNot(s, clause, t);

    /// <summary>The nearest target token with no other aspect between it and <paramref name="t"/> (unless
    /// <paramref name="acrossRivals"/>), or -1.</summary>
    private static int TargetWithoutRival(ReadOnlySpan<int> groupOf, int t, bool acrossRivals)
    {
        for (var d = 1; d <= MaxReach; d++)
        {
            var before = t - d;
            var after = t + d;
            if (before < 0 && after >= groupOf.Length)
            {
                break;
            }
            if (before >= 0 && groupOf[before] >= 0 && (acrossRivals || !RivalBetween(groupOf, before, t)))
            {
                return before;
            }
            if (after < groupOf.Length && groupOf[after] >= 0 && (acrossRivals || !RivalBetween(groupOf, t, after)))
            {
                return after;
            }
        }
        return -1;
    }

    private static bool RivalBetween(ReadOnlySpan<int> groupOf, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (groupOf[k] == OtherAspect)
            {
                return true;
            }
        }
        return false;
    }
}
