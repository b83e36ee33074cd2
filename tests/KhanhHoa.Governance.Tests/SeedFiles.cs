namespace KhanhHoa.Governance.Tests;

/// <summary>The seed documents, copied next to the tests (Data/Seeds) so the golden tests run on any machine.</summary>
internal static class SeedFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Data", "Seeds");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name)).Normalize(System.Text.NormalizationForm.FormC);
}
