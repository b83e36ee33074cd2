using KhanhHoa.Governance.AotSmoke;
using KhanhHoa.Governance.Testing;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>
/// The JIT half of the native-AOT smoke (.ci/run publishes and runs tests/KhanhHoa.Governance.AotSmoke): the smoke's input
/// is the synthetic generator's, and the report the smoke code composes from it under the JIT is the committed
/// expected-report.json the native executable must reproduce byte for byte.
/// </summary>
public class AotSmokeTest
{
    private static string SmokeDirectory => Path.Combine(Golden.RepositoryRoot, "tests", "KhanhHoa.Governance.AotSmoke");

    [Fact]
    public void The_smoke_input_is_the_synthetic_generator_s() =>
        Golden.Verify(Path.Combine(SmokeDirectory, SmokeReport.DossierFile), Dossiers());

    [Fact]
    public void The_jit_report_is_the_one_the_native_run_must_match()
    {
        var json = SmokeReport.ComposeJson(new MemoryStream(Dossiers()));
        Assert.Contains("\"received\": ", json, StringComparison.Ordinal);
        Golden.Verify(Path.Combine(SmokeDirectory, SmokeReport.ExpectedFile), json);
    }

    private static byte[] Dossiers()
    {
        using var csv = new MemoryStream();
        SyntheticDossiers.WriteCsv(csv, SmokeReport.Units, new LocalDate(2024, 12, 16), new LocalDate(2025, 9, 15), 400);
        return csv.ToArray();
    }
}
