namespace SupportSignals.Sentiment.Embedded;

// Other aspects: a cue with no word for the staff is about the aspect its clause opens with ("the dashboard loads
// fast") or the one it stands right before ("a friendly atmosphere"), not the service, unless a subject of its own
// stands between ("the food is great and they are always friendly").
internal static partial class MentionExtractor
{
    /// <summary>How many words before blame of manner its subject may stand ("the kids were so rude").</summary>
    private const int MannerSubjectReach = 3;

    /// <summary>A cue with no service target is about the aspect its clause opens with ("the dashboard loads fast"),
    /// not about one it goes on to ("we waited an hour for the main course"), unless it stands right before that
    /// aspect and qualifies it ("a friendly atmosphere", "ненавязчивая музыка"). Turkish ends its clauses with the
    /// verb and puts adverbs right before it, so there a cue before an aspect verb qualifies an act of serving
    /// ("özenle sunuyorlar": they serve it with care).</summary>
    private static bool DescribesOtherAspect(in SentenceContext s, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> clause, int t)
    {
        var next = s.After(t);
        if (s.Language != Language.Tr && next < groupOf.Length && groupOf[next] == OtherAspect && !GivesTheAspect(s, t))
        {
            return true;
        }
        // blame of manner belongs to the aspect only when that aspect is its subject, right before it ("my kids
        // spilled", "the other guests were rude")
        for (var a = IsMannerWord(s, t) ? Math.Max(0, t - MannerSubjectReach) : 0; a < t; a++)
        {
            if (groupOf[a] == OtherAspect && clause[a] == clause[t] && !SubjectBetween(s, a, t))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the cue at <paramref name="t"/>, with no one serving named for it, is a wait or a delay (blame of
    /// speed) told in a clause that names a parcel (<see cref="LexiconRole.Parcel"/>) before or after it ("ich warte seit
    /// drei Tagen auf mein Paket", "estou esperando a entrega"): the parcel is late, which the sets' convention calls the
    /// product, whoever is to blame. Only lexicons that tag parcels reach it (round analyzer94).</summary>
    private static bool AwaitsParcel(in SentenceContext s, ReadOnlySpan<int> clause, int t)
    {
        var entry = s.Tokens[t].Entry;
        if (entry < 0)
        {
            return false;
        }
        ref readonly var cue = ref s.Lexicon[entry];
        if (cue.Category != ServiceCategory.Speed || cue.Valence >= 0)
        {
            return false;
        }
        for (var j = 0; j < s.Tokens.Length; j++)
        {
            if (clause[j] == clause[t] && (s.RolesOf(j) & LexiconRole.Parcel) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the cue at <paramref name="t"/> is an English phrase of kindness that gives the guest the aspect
    /// right after it ("they threw in a free dessert", "sent over a complimentary glass of wine"): the aspect is what
    /// the house gave, the phrase's object, not what the phrase qualifies as a single word does ("a friendly
    /// atmosphere").</summary>
    private static bool GivesTheAspect(in SentenceContext s, int t)
    {
        if (s.Language != Language.En || s.Tokens[t].Span < 2)
        {
            return false;
        }
        ref readonly var entry = ref s.Lexicon[s.Tokens[t].Entry];
        return entry.Has(LexiconRole.ServiceCue) && entry.Category == ServiceCategory.Friendliness && entry.Valence > 0;
    }

    /// <summary>Whether a subject pronoun of the text's own language ("they", "we") stands between the aspect at
    /// <paramref name="a"/> and the cue at <paramref name="t"/>: the cue then has a subject of its own ("the food is
    /// great and they are always friendly", "the pasta was fine and we never felt rushed").</summary>
    private static bool SubjectBetween(in SentenceContext s, int a, int t)
    {
        for (var k = a + 1; k < t; k++)
        {
            var entry = s.Tokens[k].Entry;
            if (entry >= 0 && s.Tokens[k].Span > 0 && s.Lexicon[entry].Has(EnglishSense.Subject) && s.Lexicon[entry].Language == s.Language)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Blame of manner ("rude", "unfriendly", "ignored", "forgot") is said of the people serving, not of a dish
    /// or the place: an aspect its clause opened with does not take it ("the pasta was fine and the guys were so rude"),
    /// unless it stands right before as the subject ("my kids spilled their juice"). Praise of manner is left to the
    /// clause's aspect ("the welcoming room", "attention to detail").</summary>
    private static bool IsMannerWord(in SentenceContext s, int t)
    {
        ref readonly var entry = ref s.Lexicon[s.Tokens[t].Entry];
        return entry.Valence < 0 && entry.Has(LexiconRole.ServiceCue) && entry.Category == ServiceCategory.Friendliness;
    }
}
