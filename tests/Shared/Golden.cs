// Linked into each test project that keeps committed expected files (see its .csproj): one rule for all of them.
using System.Text;

namespace KhanhHoa.Governance.Tests.Shared;

/// <summary>
/// Committed expected files ("goldens") and the one switch that rewrites them, <c>UPDATE_GOLDEN=1</c>. A run with the
/// switch writes what the code produces now and then fails ("updated; review and rerun"), so a golden can never bless
/// itself: only a later run without the switch, after a person reviewed the diff, passes. The switch is refused when
/// <c>CI</c> is set, so CI can never rewrite a file it is meant to check.
/// </summary>
internal static class Golden
{
    /// <summary>The environment variable that asks for goldens to be rewritten.</summary>
    public const string Switch = "UPDATE_GOLDEN";

    /// <summary>The repository root: the folder above the test output that holds Sdk.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Sdk.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Sdk.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>
    /// True when this run rewrites goldens; fails the calling test when the switch is set while <c>CI</c> is too.
    /// </summary>
    public static bool Updating
    {
        get
        {
            if (Environment.GetEnvironmentVariable(Switch) != "1")
            {
                return false;
            }

            Assert.True(
                string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
                $"{Switch}=1 is refused when CI is set: CI checks the committed goldens, it never rewrites them.");
            return true;
        }
    }

    /// <summary>Compares <paramref name="actual"/> with the committed UTF-8 text file at <paramref name="path"/>.</summary>
    public static void Verify(string path, string actual) => Verify(path, new UTF8Encoding(false).GetBytes(actual));

    /// <summary>Compares <paramref name="actual"/> with the committed file at <paramref name="path"/>, byte for byte.</summary>
    public static void Verify(string path, byte[] actual)
    {
        if (Updating)
        {
            Rewrite(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests once with {Switch}=1 and review it");
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            // The text diff is what a reader needs; the byte comparison above is the verdict.
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
            Assert.Fail($"{path} differs from the output in bytes that decode alike (encoding or BOM)");
        }
    }

    /// <summary>
    /// Under <c>UPDATE_GOLDEN=1</c>, writes <paramref name="content"/> to the committed file at <paramref name="path"/>
    /// and fails the test; otherwise does nothing. For files the run cannot compare (a screenshot) and for goldens
    /// compared elsewhere (an embedded resource).
    /// </summary>
    public static void Rewrite(string path, byte[] content)
    {
        if (!Updating)
        {
            return;
        }

        var changed = !File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
        if (changed)
        {
            File.WriteAllBytes(path, content);
        }

        Assert.Fail($"{Switch}=1: {(changed ? "updated" : "left unchanged")} {path}; review the diff (git diff) and rerun without {Switch}.");
    }
}
