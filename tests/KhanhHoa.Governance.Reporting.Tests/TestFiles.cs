namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>Locates golden files and the repository root from the test output directory.</summary>
internal static class TestFiles
{
    /// <summary>Set <c>UPDATE_GOLDEN=1</c> to rewrite golden files and the README screenshot deliberately.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

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

    public static string TestProjectDirectory => Path.Combine(RepositoryRoot, "tests", "KhanhHoa.Governance.Reporting.Tests");

    public static string GoldenPath(string name) => Path.Combine(TestProjectDirectory, "Golden", name);
}
