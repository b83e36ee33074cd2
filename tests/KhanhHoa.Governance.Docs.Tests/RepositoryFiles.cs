namespace KhanhHoa.Governance.Docs.Tests;

/// <summary>The repository's root, found from the test output folder, and the documents the tests hold to the code.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The README and every guide under docs/.</summary>
    public static IEnumerable<string> Documents =>
        new[] { Path.Combine(Root, "README.md") }.Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)).Order(StringComparer.Ordinal);

    /// <summary>
    /// <c>UPDATE_DOCS=1</c> rewrites the documents from the code, and the test then fails so that a person reads the diff
    /// and runs again; refused on CI, where nothing may bless itself.
    /// </summary>
    public static bool Updating
    {
        get
        {
            if (Environment.GetEnvironmentVariable("UPDATE_DOCS") != "1")
            {
                return false;
            }

            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail("UPDATE_DOCS=1 is refused when CI is set: documents are updated on a developer's machine and reviewed.");
            }

            return true;
        }
    }

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
