using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using KhanhHoa.Governance.Rollup;
using nietras.SeparatedValues;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>
/// Ingest, the part before the engine: the same SYNTHETIC dossier CSV read by a naive line-split parser (baseline),
/// by <see cref="DossierCsvReader"/> on one thread and on every core, split into columns by Sep on every core (the
/// parse limit in .NET: it finds the fields and checks nothing), and read and rolled up by the library against DuckDB's
/// <c>read_csv</c> with the same aggregation; then what a non-.NET host feels, the sample host as a process from the
/// file to its JSON report. <c>--quick</c> runs 100k dossiers only.
/// </summary>
[MemoryDiagnoser]
public class CsvIngestBenchmarks
{
    private string csvPath = null!;
    private string unitsPath = null!;
    private string outDir = null!;
    private string host = null!;
    private RollupEngine engine = null!;
    private DuckDbRollup duck = null!;

    /// <summary>Dossier counts: 3M and 10M, or 100k under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => Environment.GetCommandLineArgs().Contains("--quick") ? [100_000] : [3_000_000, 10_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        csvPath = BenchmarkProvince.WriteCsv(Dossiers);
        unitsPath = Path.ChangeExtension(csvPath, ".units.csv");
        File.WriteAllLines(unitsPath, ["code,name,parent_code,valid_from,valid_to", .. BenchmarkProvince.Units.Select(u => $"{u.Code},{u.Name},{u.ParentCode},,")]);
        outDir = Path.ChangeExtension(csvPath, ".out");
        engine = RollupEngine.Create(BenchmarkProvince.Units, BenchmarkProvince.Periods).Value;
        duck = new DuckDbRollup(BenchmarkProvince.PeriodDays);
        host = SampleHost();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        duck.Dispose();
        File.Delete(csvPath);
        File.Delete(unitsPath);
        if (Directory.Exists(outDir))
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    /// <summary>What a first attempt looks like: a line at a time, <c>string.Split</c>, parse every field.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveLineSplit()
    {
        long check = 0;
        foreach (var line in File.ReadLines(csvPath).Skip(1))
        {
            var f = line.Split(',');
            var received = DateTime.ParseExact(f[5], "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            var due = DateTime.ParseExact(f[6], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var finished = f[7].Length == 0 ? (DateTime?)null : DateTime.ParseExact(f[7], "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            check += received.Day + due.Day + (finished?.Day ?? 0) + int.Parse(f[8], CultureInfo.InvariantCulture) + f[0].Length + f[1].Length + f[2].Length;
        }

        return check;
    }

    [Benchmark]
    public int ReaderOneThread() => DossierCsvReader.ReadFile(csvPath, new DossierReadOptions { MaxDegreeOfParallelism = 1 }).Value.Count;

    [Benchmark]
    public int ReaderAllCores() => DossierCsvReader.ReadFile(csvPath).Value.Count;

    /// <summary>Sep finding every field of every row on every core, checking nothing: the .NET parse limit.</summary>
    [Benchmark]
    public long SepSplitAllCores()
    {
        using var reader = Sep.Reader().FromFile(csvPath);
        return reader.ParallelEnumerate(static row => (long)row[14].Span.Length + row.ColCount).Sum();
    }

    [Benchmark]
    public RollupResult ReaderAndEngineAllCores() => engine.Run(DossierCsvReader.ReadFile(csvPath).Value, 0).Value;

    [Benchmark]
    public int DuckDbReadCsvAndRollUp() => duck.RollUpCsv(csvPath);

    /// <summary>The sample host as a process: start, read, roll up 13 months, compose and write the JSON report.</summary>
    [Benchmark]
    public int HostProcessEndToEnd() =>
        RunHost(host, null, "rollup", "--dossiers", csvPath, "--units", unitsPath, "--period", "2025-09", "--format", "json", "--out", outDir, "--quiet");

    // Runs the sample host to the end, its output read and dropped; a failed run throws, so no time is reported for it.
    internal static int RunHost(string host, string? workingDirectory, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(host, args)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException("the sample host failed: " + errors);
    }

    // KHANHHOA_HOST names a published host (native AOT, as a host deploys it); else the sample host built with the
    // solution (CI builds it in Release before the benchmarks run).
    internal static string SampleHost()
    {
        if (Environment.GetEnvironmentVariable("KHANHHOA_HOST") is { Length: > 0 } published)
        {
            return File.Exists(published) ? published : throw new InvalidOperationException("KHANHHOA_HOST names no file: " + published);
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sdk.sln")))
        {
            directory = directory.Parent;
        }

        var path = directory is null ? null : Path.Combine(directory.FullName, "samples", "KhanhHoa.Governance.Sample", "bin", "Release", "net10.0", "khanhhoa-governance");
        return path is not null && File.Exists(path) ? path : throw new InvalidOperationException("Build the solution in Release first: the sample host is not at " + path);
    }
}
