using System.Globalization;
using System.Reflection;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// Reads the line-based lexicon files (<c>Lexicons/*.lex</c>, one per language, embedded in the assembly) into a
/// <see cref="Lexicon"/>. A line is <c>term, term* | tags</c>; keys are tokenised and folded exactly as analysed text
/// is, so a phrase or an apostrophe in a key matches the same tokens in text. See Lexicons/README.md for the tags.
/// </summary>
internal static class LexiconLoader
{
    private const string ResourcePrefix = "SupportSignals.Sentiment.Embedded.Lexicons.";
    private const string ResourceSuffix = ".lex";

    public static Lexicon LoadEmbedded()
    {
        var assembly = typeof(LexiconLoader).Assembly;
        var builder = new LexiconBuilder();
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var file = name[ResourcePrefix.Length..^ResourceSuffix.Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            Read(builder, file, Languages.Parse(file), reader);
        }
        return builder.Build();
    }

    public static void Read(LexiconBuilder builder, string file, Language language, TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var content = line.AsSpan().Trim();
            if (content.IsEmpty || content[0] == '#')
            {
                continue;
            }
            var bar = content.IndexOf(" | ", StringComparison.Ordinal);
            if (bar < 0)
            {
                throw new InvalidDataException($"{file}.lex line {lineNumber}: expected 'term | tags'.");
            }
            var definition = ParseTags(content[(bar + 3)..], language, file, lineNumber);
            foreach (var range in content[..bar].Split(','))
            {
                var term = content[..bar][range].Trim();
                var stem = term.EndsWith('*');
                builder.Add(stem ? term[..^1] : term, stem, definition);
            }
        }
    }

    private static LexiconBuilder.Definition ParseTags(ReadOnlySpan<char> tags, Language language, string file, int lineNumber)
    {
        var definition = new LexiconBuilder.Definition { Language = language };
        foreach (var range in tags.Split(' '))
        {
            var tag = tags[range];
            if (tag.IsEmpty)
            {
                continue;
            }
            var colon = tag.IndexOf(':');
            var name = colon < 0 ? tag : tag[..colon];
            var argument = colon < 0 ? [] : tag[(colon + 1)..];
            if (name[0] is '+' or '-' && float.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                definition.Roles |= LexiconRole.Sentiment;
                definition.Valence = valence;
                continue;
            }
            switch (name)
            {
                case "neg": definition.Roles |= LexiconRole.Negator; break;
                case "negpost": definition.Roles |= LexiconRole.PostNegator; break;
                case "wish": definition.Roles |= LexiconRole.Negator | LexiconRole.Counterfactual; break;
                case "negboth": definition.Roles |= LexiconRole.Negator | LexiconRole.PostNegator; break;
                case "boost": definition.Roles |= LexiconRole.Booster; definition.Boost = Number(argument, 0.3f); break;
                case "damp": definition.Roles |= LexiconRole.Booster; definition.Boost = -Number(argument, 0.3f); break;
                case "but": definition.Roles |= LexiconRole.Contrast; break;
                case "although": definition.Roles |= LexiconRole.Concession; break;
                case "svc": definition.Roles |= LexiconRole.ServiceTarget; definition.Category = Category(argument, file, lineNumber); break;
                case "cue": definition.Roles |= LexiconRole.ServiceCue; definition.Category = Category(argument, file, lineNumber); break;
                case "cat": definition.Roles |= LexiconRole.CategoryHint; definition.Category = Category(argument, file, lineNumber); break;
                case "asp": definition.Roles |= LexiconRole.OtherAspect; break;
                case "stop": definition.Roles |= LexiconRole.Stopword; break;
                case "sarc": definition.Roles |= LexiconRole.Sarcasm; break;
                case "rep": definition.Senses |= EnglishSense.Repetition; break;
                case "excl": definition.Senses |= EnglishSense.Exclamation; break;
                case "skill": definition.Senses |= EnglishSense.Skill; break;
                case "subj": definition.Senses |= EnglishSense.Subject; break;
                case "prep": definition.Senses |= EnglishSense.Preposition; break;
                case "say": definition.Senses |= EnglishSense.Say; break;
                case "promise": definition.Senses |= EnglishSense.Promise; break;
                case "raise": definition.Senses |= EnglishSense.Transparent; break;
                case "rare": definition.Senses |= EnglishSense.Rare; break;
                case "count": definition.Senses |= EnglishSense.Repeated; break;
                case "bill": definition.Senses |= EnglishSense.Bill; break;
                case "limit": definition.Senses |= EnglishSense.Limit; break;
                case "pardon": definition.Senses |= EnglishSense.Pardon; break;
                case "desire": definition.Senses |= EnglishSense.Desire; break;
                case "standard": definition.Senses |= EnglishSense.Standard; break;
                case "prefer": definition.Senses |= EnglishSense.Preference; break;
                case "need": definition.Senses |= EnglishSense.Need; break;
                case "denied": definition.Roles |= LexiconRole.NegatedPhrase; break;
                case "refuse": definition.Senses |= EnglishSense.Refusal; break;
                case "reply": definition.Senses |= EnglishSense.Reply; break;
                case "hold": definition.Senses |= EnglishSense.Hold; break;
                case "nomore": definition.Senses |= EnglishSense.NothingMore; break;
                case "open": definition.Senses |= EnglishSense.Opening; break;
                case "taste": definition.Senses |= EnglishSense.Taste; break;
                case "hearsay": definition.Senses |= EnglishSense.Hearsay; break;
                case "machine": definition.Senses |= EnglishSense.Machine; break;
                case "away": definition.Senses |= EnglishSense.OwnAbsence; break;
                case "topic": definition.Senses |= EnglishSense.Topic; break;
                case "front": definition.Senses |= EnglishSense.Fronted; break;
                case "incident": definition.Senses |= EnglishSense.Incident; break;
                case "occasion": definition.Senses |= EnglishSense.Occasion; break;
                case "lukewarm": definition.Roles |= LexiconRole.Lukewarm; break;
                case "safeguard": definition.Senses |= EnglishSense.Safeguard; break;
                case "house": definition.Senses |= EnglishSense.House; break;
                case "and": definition.Roles |= LexiconRole.Conjunction; break;
                case "or": definition.Roles |= LexiconRole.Alternative; break;
                case "det": definition.Roles |= LexiconRole.Determiner; break;
                case "trouble": definition.Roles |= LexiconRole.Trouble; break;
                case "parcel": definition.Roles |= LexiconRole.Parcel; break;
                case "pron": definition.Senses |= EnglishSense.Pronoun; break;
                case "person": definition.Senses |= EnglishSense.Person; break;
                case "except": definition.Senses |= EnglishSense.Exception; break;
                case "imp": definition.Senses |= EnglishSense.Imperative; break;
                case "lead": definition.Senses |= EnglishSense.AdviceLead; break;
                case "judged": definition.Senses |= EnglishSense.JudgedOnly; break;
                case "dish": definition.Senses |= EnglishSense.Dish; break;
                case "dur": definition.Roles |= LexiconRole.Duration; definition.Minutes = Number(argument, 1f); break;
                case "wait": definition.Roles |= LexiconRole.Waiting; break;
                case "num": definition.Senses |= EnglishSense.Number; definition.Minutes = Number(argument, 1f); break;
                case "span": definition.Senses |= EnglishSense.SpanLead; break;
                case "within": definition.Roles |= LexiconRole.Bound; break;
                case "far": definition.Roles |= LexiconRole.Distance; break;
                case "if": definition.Roles |= LexiconRole.Condition; break;
                case "modal": definition.Roles |= LexiconRole.Modal; break;
                case "more": definition.Roles |= LexiconRole.More; break;
                case "only": definition.OwnLanguageOnly = true; break;
                case "none": break;
                default: throw new InvalidDataException($"{file}.lex line {lineNumber}: unknown tag '{tag}'.");
            }
        }
        return definition;
    }

    private static float Number(ReadOnlySpan<char> argument, float otherwise) =>
        argument.IsEmpty ? otherwise : float.Parse(argument, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static ServiceCategory Category(ReadOnlySpan<char> name, string file, int lineNumber) => name switch
    {
        "speed" => ServiceCategory.Speed,
        "knowledge" => ServiceCategory.Knowledge,
        "friendly" => ServiceCategory.Friendliness,
        "resolution" => ServiceCategory.Resolution,
        "availability" => ServiceCategory.Availability,
        "onboarding" => ServiceCategory.Onboarding,
        _ => throw new InvalidDataException($"{file}.lex line {lineNumber}: unknown category '{name}'."),
    };
}
