using System.Numerics;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// The languages that know a matched key, as bits by <see cref="Language"/>: all of them, and those that list it as a
/// stop word. <see cref="Lexicon"/> keeps one per entry for the chain from that entry on, so that language detection
/// reads four bytes per word instead of walking the word's entries (40 bytes each, in an array too large for the
/// nearest caches), and the choice of a word's meaning in the text's language skips the walk when no entry of that
/// language is on the chain (round analyzer44, docs/sentiment-rounds.md).
/// </summary>
internal readonly record struct ChainLanguages(ushort Languages, ushort Stopwords)
{
    public bool Has(Language language) => (Languages & Bit(language)) != 0;

    public static ushort Bit(Language language) => (ushort)(1 << (int)language);

    /// <summary>The summaries of every entry's chain; a chain's entries come after its head, so one backward pass
    /// builds each from the entry itself and the summary of the rest.</summary>
    public static ChainLanguages[] Of(LexiconEntry[] entries)
    {
        var chains = new ChainLanguages[entries.Length];
        for (var e = entries.Length - 1; e >= 0; e--)
        {
            ref readonly var entry = ref entries[e];
            if (entry.Next >= 0 && entry.Next <= e)
            {
                throw new InvalidOperationException($"Lexicon entry {e} chains back to {entry.Next}.");
            }
            var rest = entry.Next >= 0 ? chains[entry.Next] : default;
            var bit = Bit(entry.Language);
            chains[e] = new ChainLanguages(
                (ushort)(rest.Languages | bit),
                (ushort)(rest.Stopwords | (entry.Has(LexiconRole.Stopword) ? bit : 0)));
        }
        return chains;
    }

    /// <summary>Adds <paramref name="stopwordVote"/> to each language that lists the key as a stop word and
    /// <paramref name="vote"/> to every other language that knows it.</summary>
    public void AddVotes(Span<int> votes, int stopwordVote, int vote)
    {
        for (var bits = (uint)Languages; bits != 0; bits &= bits - 1)
        {
            var language = BitOperations.TrailingZeroCount(bits);
            votes[language] += (Stopwords & (1 << language)) != 0 ? stopwordVote : vote;
        }
    }
}
