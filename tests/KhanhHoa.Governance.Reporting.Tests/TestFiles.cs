using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>Locates golden files and the repository root from the test output directory.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot => Golden.RepositoryRoot;

    public static string TestProjectDirectory => Path.Combine(RepositoryRoot, "tests", "KhanhHoa.Governance.Reporting.Tests");

    public static string GoldenPath(string name) => Path.Combine(TestProjectDirectory, "Golden", name);
}
