using BenchmarkDotNet.Attributes;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;
using NodaTime;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>
/// The rollup over SYNTHETIC dossiers (report 87's magnitudes) for 65 communes and 20 departments under the
/// province, 12 administrative months of 2025: the engine on one thread and on all cores, a naive LINQ
/// implementation, DuckDB running the same aggregation in SQL over the same data in memory, and end to end
/// from the same CSV file. <c>--quick</c> runs 100k dossiers only.
/// </summary>
[MemoryDiagnoser]
public class RollupBenchmarks
{
    private RollupEngine engine = null!;
    private DossierStore store = null!;
    private NaiveRow[] rows = null!;
    private (int Start, int End)[] periodDays = null!;
    private DuckDbRollup duck = null!;
    private string csvPath = null!;

    /// <summary>Dossier counts: 1M and 10M, or 100k under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => Environment.GetCommandLineArgs().Contains("--quick") ? [100_000] : [1_000_000, 10_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        engine = RollupEngine.Create(BenchmarkProvince.Units, BenchmarkProvince.Periods).Value;
        store = SyntheticDossiers.Generate(BenchmarkProvince.ReceivingCodes, BenchmarkProvince.From, BenchmarkProvince.To, Dossiers);
        periodDays = BenchmarkProvince.PeriodDays;
        rows = new NaiveRow[store.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new NaiveRow(store.Units[i], store.ReceivedDays[i], store.DueDays[i], store.FinishedDays[i] == StoreDays.None ? int.MaxValue : store.FinishedDays[i], store.ReceivedBits[i], store.FinishedBits[i]);
        }

        csvPath = BenchmarkProvince.WriteCsv(Dossiers);
        duck = new DuckDbRollup(periodDays);
        duck.Execute("CREATE TABLE dossiers (unit VARCHAR, recv INTEGER, due INTEGER, fin INTEGER, rbits UTINYINT, fbits UTINYINT)");
        using (var appender = duck.Connection.CreateAppender("dossiers"))
        {
            for (var i = 0; i < store.Count; i++)
            {
                var row = appender.CreateRow();
                row.AppendValue(store.UnitCodes[store.Units[i]]).AppendValue((int)store.ReceivedDays[i]).AppendValue((int)store.DueDays[i]);
                if (store.FinishedDays[i] == StoreDays.None)
                {
                    row.AppendNullValue();
                }
                else
                {
                    row.AppendValue((int)store.FinishedDays[i]);
                }

                row.AppendValue(store.ReceivedBits[i]).AppendValue(store.FinishedBits[i]).EndRow();
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        duck.Dispose();
        File.Delete(csvPath);
    }

    /// <summary>Plain LINQ, measure by measure and period by period, over an array of rows.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveLinq()
    {
        long total = 0;
        foreach (var (start, end) in periodDays)
        {
            total += rows.Where(r => r.Received >= start && r.Received <= end)
                .GroupBy(r => r.Unit)
                .Sum(g => g.Count() + g.Count(r => (r.ReceivedBits & 1) != 0) + g.Count(r => (r.ReceivedBits & 2) != 0) + g.Count(r => (r.ReceivedBits & 4) != 0));
            total += rows.Where(r => r.Finished >= start && r.Finished <= end)
                .GroupBy(r => r.Unit)
                .Sum(g => g.Count() + g.Count(r => (r.FinishedBits & 1) != 0));
            total += rows.Where(r => r.Received <= end && r.Finished > end)
                .GroupBy(r => r.Unit)
                .Sum(g => g.Count() + g.Count(r => r.Due < end));
        }

        return total;
    }

    [Benchmark]
    public RollupResult EngineOneThread() => engine.Run(store, 1).Value;

    [Benchmark]
    public RollupResult EngineAllCores() => engine.Run(store, 0).Value;

    [Benchmark]
    public int DuckDbInMemory() => duck.RollUp("dossiers");

    [Benchmark]
    public RollupResult EngineFromCsv() => engine.Run(DossierCsvReader.ReadFile(csvPath).GetValueOrThrow(), 0).Value;

    [Benchmark]
    public int DuckDbFromCsv() => duck.RollUpCsv(csvPath);

    private readonly record struct NaiveRow(int Unit, int Received, int Due, int Finished, byte ReceivedBits, byte FinishedBits);
}
