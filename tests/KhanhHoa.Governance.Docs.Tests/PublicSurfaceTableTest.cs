using System.Reflection;
using System.Text;

namespace KhanhHoa.Governance.Docs.Tests;

/// <summary>
/// docs/architecture.md states the public types per namespace; this counts them with reflection (public top-level and
/// public nested types, <see cref="Assembly.GetExportedTypes"/>) so the table cannot go stale.
/// </summary>
public sealed class PublicSurfaceTableTest
{
    private const string Begin = "<!-- public-types:begin -->";
    private const string End = "<!-- public-types:end -->";

    [Fact]
    public void The_architecture_guide_counts_the_public_types_of_each_namespace()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "architecture.md");
        var text = File.ReadAllText(path);
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/architecture.md has no {Begin} … {End} block");

        var table = Table();
        var current = text[(begin + Begin.Length)..end].Trim('\n');
        if (current != table.Trim('\n') && RepositoryFiles.Updating)
        {
            File.WriteAllText(path, text[..(begin + Begin.Length)] + "\n" + table + text[end..], new UTF8Encoding(false));
            Assert.Fail("updated docs/architecture.md; review the diff and run again without UPDATE_DOCS");
        }

        Assert.Equal(table.Trim('\n'), current);
    }

    private static string Table()
    {
        (string Package, Assembly Assembly)[] packages =
        [
            ("core", typeof(GovernanceServiceCollectionExtensions).Assembly),
            ("Reporting", typeof(Reporting.MonthlyReport).Assembly),
            ("Testing", typeof(Testing.SyntheticDossiers).Assembly),
        ];

        var builder = new StringBuilder("| package | namespace | public types |\n|---|---|---:|\n");
        var total = 0;
        foreach (var (package, assembly) in packages)
        {
            foreach (var group in assembly.GetExportedTypes().GroupBy(t => t.Namespace ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var name = group.Key == "KhanhHoa.Governance" ? group.Key : group.Key["KhanhHoa.Governance".Length..];
                builder.Append($"| {package} | `{name}` | {group.Count()} |\n");
                total += group.Count();
            }
        }

        return builder.Append($"| | **total** | **{total}** |\n").ToString();
    }
}
