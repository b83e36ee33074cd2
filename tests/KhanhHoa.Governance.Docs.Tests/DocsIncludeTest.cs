using System.Text;
using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Docs.Tests;

/// <summary>
/// Every C# block of the README and docs/ is included from code this project (or a sample) compiles and runs: the line
/// before the block says where from, <c>&lt;!-- include: PATH#region,region --&gt;</c> (regions <c>usings,example</c>
/// when none are named), and the block must equal those regions' lines, de-indented and joined by a blank line.
/// </summary>
public sealed partial class DocsIncludeTest
{
    [Fact]
    public void Every_csharp_block_is_the_code_it_includes()
    {
        var problems = new List<string>();
        var updated = new List<string>();
        foreach (var document in RepositoryFiles.Documents)
        {
            var lines = File.ReadAllLines(document).ToList();
            var changed = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var fence = CodeFence().Match(lines[i]);
                if (!fence.Success)
                {
                    continue;
                }

                var end = lines.FindIndex(i + 1, l => l.TrimEnd() == "```");
                if (end < 0)
                {
                    problems.Add($"{RepositoryFiles.Relative(document)}:{i + 1}: the code block is never closed");
                    break;
                }

                var isCSharp = fence.Groups["lang"].Value is "csharp" or "cs" or "c#";
                var include = i > 0 ? IncludeMarker().Match(lines[i - 1]) : Match.Empty;
                if (!include.Success)
                {
                    if (isCSharp)
                    {
                        problems.Add($"{RepositoryFiles.Relative(document)}:{i + 1}: a C# block without an include marker (<!-- include: PATH#regions -->) on the line before");
                    }

                    i = end;
                    continue;
                }

                var expected = Included(include.Groups["path"].Value, include.Groups["regions"].Value, out var error);
                if (expected is null)
                {
                    problems.Add($"{RepositoryFiles.Relative(document)}:{i}: {error}");
                    i = end;
                    continue;
                }

                var actual = lines.GetRange(i + 1, end - i - 1);
                if (!actual.SequenceEqual(expected))
                {
                    if (RepositoryFiles.Updating)
                    {
                        lines.RemoveRange(i + 1, end - i - 1);
                        lines.InsertRange(i + 1, expected);
                        end = i + 1 + expected.Count;
                        changed = true;
                    }
                    else
                    {
                        var at = actual.Zip(expected).TakeWhile(p => p.First == p.Second).Count();
                        problems.Add($"{RepositoryFiles.Relative(document)}:{i + 2 + at}: the block differs from {include.Groups["path"].Value} at its line {at + 1}: "
                            + $"\"{actual.ElementAtOrDefault(at)}\" where the code has \"{expected.ElementAtOrDefault(at)}\"");
                    }
                }

                i = end;
            }

            if (changed)
            {
                File.WriteAllText(document, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
                updated.Add(RepositoryFiles.Relative(document));
            }
        }

        Assert.True(updated.Count == 0, "updated " + string.Join(", ", updated) + "; review the diff and run again without UPDATE_DOCS");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_marker_names_a_region_that_exists()
    {
        var markers = RepositoryFiles.Documents
            .SelectMany(d => File.ReadLines(d).Select(l => IncludeMarker().Match(l)).Where(m => m.Success))
            .ToList();

        Assert.NotEmpty(markers);
        foreach (var marker in markers)
        {
            Assert.True(Included(marker.Groups["path"].Value, marker.Groups["regions"].Value, out var error) is { Count: > 0 }, error);
        }
    }

    /// <summary>The lines of the named regions of a file, each region de-indented by its least indentation.</summary>
    internal static List<string>? Included(string path, string regions, out string error)
    {
        var file = Path.Combine(RepositoryFiles.Root, path);
        if (!File.Exists(file))
        {
            error = $"{path}: no such file";
            return null;
        }

        var source = File.ReadAllLines(file);
        var result = new List<string>();
        foreach (var name in (regions.Length == 0 ? "usings,example" : regions).Split(','))
        {
            var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
            var end = start < 0 ? -1 : Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
            if (end < 0)
            {
                error = $"{path}: no region '{name}' (#region {name} … #endregion)";
                return null;
            }

            var body = source[(start + 1)..end];
            var indent = body.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
            if (result.Count > 0)
            {
                result.Add("");
            }

            result.AddRange(body.Select(l => l.Trim().Length == 0 ? "" : l[indent..]));
        }

        error = "";
        return result;
    }

    [GeneratedRegex(@"^```(?<lang>[A-Za-z#+]*)\s*$")]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"^<!-- include: (?<path>[^#\s]+)(#(?<regions>[\w,-]+))? -->\s*$")]
    private static partial Regex IncludeMarker();
}
