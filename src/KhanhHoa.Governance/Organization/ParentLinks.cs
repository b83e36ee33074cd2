namespace KhanhHoa.Governance.Organization;

/// <summary>
/// The parent links of a set of nodes (org units, plan tasks) resolved and checked in one place, in time linear in the
/// number of nodes: the parent each node names, the nodes whose parent is not among them, and the nodes whose chain of
/// parents never ends (on a cycle or leading into one). The org hierarchy, the rollup engine's tree of each period and
/// the plans loader all judge their hierarchies with it.
/// </summary>
internal sealed class ParentLinks
{
    /// <summary>The parent index of a node that names no parent.</summary>
    public const int Root = -1;

    /// <summary>The parent index of a node whose parent is not among the nodes.</summary>
    public const int Unknown = -2;

    private ParentLinks(int[] parents, bool[] reachesCycle)
    {
        Parents = parents;
        ReachesCycle = reachesCycle;
    }

    /// <summary>The index of each node's parent, or <see cref="Root"/> or <see cref="Unknown"/>.</summary>
    public IReadOnlyList<int> Parents { get; }

    /// <summary>Whether each node's chain of parents never ends: it is on a cycle or leads into one.</summary>
    public IReadOnlyList<bool> ReachesCycle { get; }

    /// <summary>Resolves and checks the links; a code that repeats stands for its first node.</summary>
    public static ParentLinks Resolve<T>(IReadOnlyList<T> nodes, Func<T, string> code, Func<T, string?> parentCode)
    {
        var index = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            index.TryAdd(code(nodes[i]), i);
        }

        var parents = new int[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            parents[i] = parentCode(nodes[i]) is not { } parent ? Root : index.GetValueOrDefault(parent, Unknown);
        }

        return new ParentLinks(parents, FindCycles(parents));
    }

    // Each chain is walked once and its answer kept for every node on it, so a chain of n nodes takes n steps, not n²
    // (a walk per node).
    private static bool[] FindCycles(int[] parents)
    {
        const byte Unvisited = 0, OnWalk = 1, Ends = 2, Cycles = 3;
        var state = new byte[parents.Length];
        var walk = new List<int>();
        for (var i = 0; i < parents.Length; i++)
        {
            var node = i;
            while (node >= 0 && state[node] == Unvisited)
            {
                state[node] = OnWalk;
                walk.Add(node);
                node = parents[node];
            }

            var answer = node >= 0 && state[node] is OnWalk or Cycles ? Cycles : Ends;
            foreach (var walked in walk)
            {
                state[walked] = answer;
            }

            walk.Clear();
        }

        return [.. state.Select(static s => s == Cycles)];
    }
}
