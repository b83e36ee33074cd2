using BenchmarkDotNet.Attributes;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>
/// The sample host's default run as a user starts it (<c>rollup</c> in an empty folder): 1,000,000 SYNTHETIC dossiers
/// generated, rolled up, the report composed and written in five formats to <c>out/</c>. The README once promised
/// "under 30 s" in a test; the time is measured here instead. <c>--quick</c> runs 100,000 dossiers.
/// </summary>
public class HostDefaultRunBenchmarks
{
    private string host = null!;
    private string folder = null!;

    /// <summary>Synthetic dossiers: the default run's 1,000,000, or 100,000 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => Environment.GetCommandLineArgs().Contains("--quick") ? [100_000] : [1_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Dossiers { get; set; }

    /// <summary>Finds the host and makes the working folder.</summary>
    [GlobalSetup]
    public void Setup()
    {
        host = CsvIngestBenchmarks.SampleHost();
        folder = Directory.CreateTempSubdirectory("khanhhoa-default-run-").FullName;
    }

    /// <summary>Removes the working folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>One default run, every format written.</summary>
    [Benchmark]
    public int DefaultRun() =>
        CsvIngestBenchmarks.RunHost(host, folder, "rollup", "--synthetic-count", Dossiers.ToString(System.Globalization.CultureInfo.InvariantCulture), "--quiet");
}
