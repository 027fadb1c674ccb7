using SupportSignals.Sentiment.Embedded;

namespace SupportSignals.Tests.Sentiment.Embedded;

public class CharTrieTests
{
    /// <summary>A trie of the given keys as node → children dictionaries (node 0 the root) and each key's end node.</summary>
    private static (List<Dictionary<char, int>> Children, int[] Ends) TrieOf(string[] keys)
    {
        var children = new List<Dictionary<char, int>> { new() };
        var ends = new int[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            var node = 0;
            foreach (var c in keys[k])
            {
                if (!children[node].TryGetValue(c, out var child))
                {
                    child = children.Count;
                    children.Add([]);
                    children[node][c] = child;
                }
                node = child;
            }
            ends[k] = node;
        }
        return (children, ends);
    }

    [Fact]
    public void Every_edge_is_found_and_no_other()
    {
        string[] keys = ["a", "ab", "abc", "b", "ba", "zz", "zürich", "спасибо", "شكرا", "धन्यवाद", "a b", "😊", "ab ba"];
        var (children, _) = TrieOf(keys);

        var trie = CharTrie.Build(children, out var slotOf);

        var alphabet = children.SelectMany(c => c.Keys).Distinct().Append('q').Append('\uFFFF').Append('\0').ToArray();
        for (var node = 0; node < children.Count; node++)
        {
            foreach (var c in alphabet)
            {
                var expected = children[node].TryGetValue(c, out var child) ? slotOf[child] : -1;
                Assert.Equal(expected, trie.Child(slotOf[node], c));
            }
        }
    }

    [Fact]
    public void Walking_a_key_reaches_its_end_node_and_a_longer_text_falls_off()
    {
        string[] keys = ["service", "serve", "server", "servicio", "сервис"];
        var (children, ends) = TrieOf(keys);

        var trie = CharTrie.Build(children, out var slotOf);

        for (var k = 0; k < keys.Length; k++)
        {
            var node = 0;
            foreach (var c in keys[k])
            {
                node = trie.Child(node, c);
            }
            Assert.Equal(slotOf[ends[k]], node);
            Assert.Equal(-1, trie.Child(node, 'x'));
        }
        Assert.Equal(-1, trie.Child(trie.Child(0, 's'), 'z'));
    }

    [Fact]
    public void Nodes_get_distinct_slots_below_the_slot_count()
    {
        var (children, _) = TrieOf(["abc", "abd", "acd", "bcd", "xyz", "xy", "x"]);

        var trie = CharTrie.Build(children, out var slotOf);

        Assert.Equal(slotOf.Length, slotOf.Distinct().Count());
        Assert.All(slotOf, slot => Assert.InRange(slot, 0, trie.Slots - 1));
        Assert.Equal(0, slotOf[0]);
    }
}
