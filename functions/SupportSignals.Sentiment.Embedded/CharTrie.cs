namespace SupportSignals.Sentiment.Embedded;

/// <summary>
/// The lexicon trie's edges as a double array: a node's child by a character is the slot at the node's base plus the
/// character's code, and it is the child only if that slot names the node as its parent. One step is three array
/// reads whatever the node's number of children; the binary search over each node's sorted edges that it replaced
/// took 12 % of the harness's time, and the harness gained 15-20 % (round analyzer24, docs/sentiment-rounds.md). Nodes are
/// numbered by their slots.
/// </summary>
internal readonly struct CharTrie
{
    private const int Root = 0;
    private const int NoParent = -1;

    /// <summary>1 + the rank of each character the keys use; 0 for all others, whose slot (a node's base itself) is
    /// never a child of that node.</summary>
    private readonly ushort[] _code;
    private readonly int[] _base;
    private readonly int[] _check;

    private CharTrie(ushort[] code, int[] @base, int[] check)
    {
        _code = code;
        _base = @base;
        _check = check;
    }

    /// <summary>The number of slots: node numbers are below it.</summary>
    public int Slots => _check.Length;

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    public int Child(int node, char c)
    {
        var slot = _base[node] + _code[c];
        return _check[slot] == node ? slot : -1;
    }

    /// <summary>
    /// Lays out the trie whose node <c>n</c> has the children <c>children[n]</c> (node 0 is the root), breadth first,
    /// each node's children at the first base found where all their slots are free. <paramref name="slotOf"/> gets
    /// each node's new number.
    /// </summary>
    public static CharTrie Build(IReadOnlyList<Dictionary<char, int>> children, out int[] slotOf)
    {
        var code = new ushort[char.MaxValue + 1];
        foreach (var edges in children)
        {
            foreach (var c in edges.Keys)
            {
                code[c] = 1;
            }
        }
        var alphabet = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (code[c] != 0)
            {
                code[c] = (ushort)++alphabet;
            }
        }

        slotOf = new int[children.Count];
        var bases = new List<int> { 0 };
        var parents = new List<int> { NoParent };
        // Where the search for a free slot starts; it moves past the region once that is nearly full, so that a few
        // holes only high codes could fill do not make every later search scan the whole array (as Darts does).
        var searchFrom = 1;
        var kids = new List<(int Code, int Node)>();
        var queue = new Queue<int>();
        queue.Enqueue(Root);
        while (queue.TryDequeue(out var node))
        {
            kids.Clear();
            foreach (var (c, child) in children[node])
            {
                kids.Add((code[c], child));
            }
            if (kids.Count == 0)
            {
                continue;
            }
            kids.Sort();
            var slot = Math.Max(searchFrom, kids[0].Code + 1) - 1;
            var occupied = 0;
            var firstFreeSeen = false;
            int slotBase;
            while (true)
            {
                slot++;
                if (slot < parents.Count && parents[slot] != NoParent)
                {
                    occupied++;
                    continue;
                }
                if (!firstFreeSeen)
                {
                    searchFrom = slot;
                    firstFreeSeen = true;
                }
                slotBase = slot - kids[0].Code;
                if (AllFree(parents, slotBase, kids))
                {
                    break;
                }
            }
            if (occupied >= 0.95 * (slot - searchFrom + 1))
            {
                searchFrom = slot;
            }
            bases[slotOf[node]] = slotBase;
            foreach (var (kidCode, child) in kids)
            {
                var kidSlot = slotBase + kidCode;
                while (parents.Count <= kidSlot)
                {
                    bases.Add(0);
                    parents.Add(NoParent);
                }
                parents[kidSlot] = slotOf[node];
                slotOf[child] = kidSlot;
                queue.Enqueue(child);
            }
        }
        // Room for a leaf's (base 0) or the last base's every code, so that a step never reads past the end.
        var slots = Math.Max(parents.Count, bases.Max() + alphabet + 1);
        var check = new int[slots];
        Array.Fill(check, NoParent);
        parents.CopyTo(check);
        var baseArray = new int[slots];
        bases.CopyTo(baseArray);
        return new CharTrie(code, baseArray, check);
    }

    private static bool AllFree(List<int> parents, int slotBase, List<(int Code, int Node)> kids)
    {
        foreach (var (kidCode, _) in kids)
        {
            var slot = slotBase + kidCode;
            if (slot < parents.Count && parents[slot] != NoParent)
            {
                return false;
            }
        }
        return true;
    }
}
