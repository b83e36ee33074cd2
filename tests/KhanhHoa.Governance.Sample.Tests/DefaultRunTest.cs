using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>
/// The default run's JSON report, byte for byte but for its <c>generation</c> block (the library's version), against the
/// one the host wrote before its rollup went straight from generated dossiers to a store in one aggregation (issue 27);
/// and the fingerprints of the input files, now taken from the bytes the reader reads, against the files' SHA-256.
/// </summary>
public sealed class DefaultRunTest
{
    private static string GoldenPath => Path.Combine(Golden.RepositoryRoot, "tests", "KhanhHoa.Governance.Sample.Tests", "Golden", "default-run.json");

    [Fact]
    public void The_default_run_writes_the_same_json_report_as_before()
    {
        var run = SampleRun.InProcess("rollup", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Golden.Verify(GoldenPath, WithoutGeneration(run.Output));
    }

    [Theory]
    [InlineData("ho-so.csv")]
    [InlineData("ho-so.xlsx")]
    public void A_dossier_file_is_fingerprinted_by_the_sha256_of_its_bytes(string name)
    {
        using var folder = new TempFolder();
        var dossiers = Path.Combine(folder.Path, name);
        var units = Path.Combine(folder.Path, "units.csv");
        Assert.Equal(0, SampleRun.InProcess("generate", "--count", "3000", "--out", dossiers, "--units-out", units, "--quiet").ExitCode);

        var run = SampleRun.InProcess("rollup", "--dossiers", dossiers, "--units", units, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var inputs = report.RootElement.GetProperty("generation").GetProperty("inputs").EnumerateArray()
            .Select(input => (input.GetProperty("name").GetString(), input.GetProperty("sha256").GetString())).ToList();
        Assert.Equal([(name, Sha256(dossiers)), ("units.csv", Sha256(units))], inputs);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    // The report with its generation block's value replaced by null, every other byte as written.
    private static string WithoutGeneration(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("generation"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return Encoding.UTF8.GetString(bytes.AsSpan(0, start)) + "null" + Encoding.UTF8.GetString(bytes.AsSpan((int)reader.BytesConsumed));
            }
        }

        throw new InvalidOperationException("the report has no generation block");
    }
}
