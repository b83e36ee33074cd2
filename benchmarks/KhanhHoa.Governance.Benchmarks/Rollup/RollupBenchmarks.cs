using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
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
    private static readonly LocalDate From = new(2024, 12, 15);
    private static readonly LocalDate To = new(2025, 12, 14);
    private RollupEngine engine = null!;
    private DossierStore store = null!;
    private NaiveRow[] rows = null!;
    private (int Start, int End)[] periodDays = null!;
    private DuckDBConnection duck = null!;
    private string csvPath = null!;

    /// <summary>Dossier counts: 1M and 10M, or 100k under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => Environment.GetCommandLineArgs().Contains("--quick") ? [100_000] : [1_000_000, 10_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var units = new List<OrgUnit> { new() { Code = "KH", Name = "Khánh Hòa" } };
        units.AddRange(Enumerable.Range(1, 20).Select(i => new OrgUnit { Code = $"S{i:D2}", Name = $"Sở {i}", ParentCode = "KH" }));
        units.AddRange(Enumerable.Range(1, 65).Select(i => new OrgUnit { Code = $"X{i:D2}", Name = $"Xã {i}", ParentCode = "KH" }));
        var periods = ReportingPeriod.InYear(2025, ReportingPeriodKind.Month, CutoffRule.Administrative);
        engine = RollupEngine.Create(units, periods).Value;
        var codes = units.Skip(1).Select(u => u.Code).ToList();
        store = SyntheticDossiers.Generate(codes, From, To, Dossiers);
        periodDays = [.. periods.Select(p => (StoreDays.FromDate(p.Start), StoreDays.FromDate(p.End)))];
        rows = new NaiveRow[store.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new NaiveRow(store.Units[i], store.ReceivedDays[i], store.DueDays[i], store.FinishedDays[i] == StoreDays.None ? int.MaxValue : store.FinishedDays[i], store.ReceivedBits[i], store.FinishedBits[i]);
        }

        csvPath = Path.Combine(Path.GetTempPath(), $"khanhhoa-rollup-{Dossiers}.csv");
        using (var file = File.Create(csvPath))
        {
            SyntheticDossiers.WriteCsv(file, codes, From, To, Dossiers);
        }

        duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        Execute("SET threads = " + Environment.ProcessorCount);
        Execute("CREATE TABLE periods (pid INTEGER, s INTEGER, e INTEGER)");
        for (var p = 0; p < periodDays.Length; p++)
        {
            Execute($"INSERT INTO periods VALUES ({p}, {periodDays[p].Start}, {periodDays[p].End})");
        }

        Execute("CREATE TABLE days AS SELECT d::INTEGER AS day, p.pid FROM periods p, range(p.s, p.e + 1) t(d)");
        Execute("CREATE TABLE dossiers (unit VARCHAR, recv INTEGER, due INTEGER, fin INTEGER, rbits UTINYINT, fbits UTINYINT)");
        using (var appender = duck.CreateAppender("dossiers"))
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
    public int DuckDbInMemory() => Query("dossiers");

    [Benchmark]
    public RollupResult EngineFromCsv() => engine.Run(DossierCsvReader.ReadFile(csvPath).GetValueOrThrow(), 0).Value;

    [Benchmark]
    public int DuckDbFromCsv()
    {
        // The same day numbers and measure bits as the store, computed in SQL from the CSV text.
        Execute($$"""
            CREATE OR REPLACE TEMP TABLE csv_dossiers AS
            SELECT unit_code AS unit,
                   (CAST(received_at AS DATE) - DATE '2000-01-01')::INTEGER AS recv,
                   (due_date - DATE '2000-01-01')::INTEGER AS due,
                   (CAST(finished_at AS DATE) - DATE '2000-01-01')::INTEGER AS fin,
                   ((channel = 'online')::INT + 2 * (channel = 'online' AND service_level = 'full')::INT + 4 * (service_level = 'full')::INT
                    + 8 * digitized + 16 * reused_data + 32 * id_linked + 64 * fee_required + 128 * (fee_required * paid_online))::UTINYINT AS rbits,
                   ((finished_at IS NOT NULL AND CAST(finished_at AS DATE) <= due_date AND supplement_requests <= 1)::INT + 2 * e_result)::UTINYINT AS fbits
            FROM read_csv('{{csvPath}}', header = true, timestampformat = '%Y-%m-%dT%H:%M',
                 types = {'received_at': 'TIMESTAMP', 'finished_at': 'TIMESTAMP', 'due_date': 'DATE'})
            """);
        return Query("csv_dossiers");
    }

    private int Query(string table)
    {
        using var command = duck.CreateCommand();
        command.CommandText = $"""
            WITH r AS (
              SELECT d.pid, x.unit, count(*) AS received, sum(rbits & 1) AS online, sum((rbits >> 1) & 1) AS full_online,
                     sum((rbits >> 2) & 1) AS full_eligible, sum((rbits >> 3) & 1) AS digitized, sum((rbits >> 4) & 1) AS reused,
                     sum((rbits >> 5) & 1) AS id_linked, sum((rbits >> 6) & 1) AS fee, sum((rbits >> 7) & 1) AS paid
              FROM {table} x JOIN days d ON d.day = x.recv GROUP BY GROUPING SETS ((d.pid, x.unit), (d.pid))),
            f AS (
              SELECT d.pid, x.unit, count(*) AS resolved, sum(fbits & 1) AS on_time, sum((fbits >> 1) & 1) AS e_result
              FROM {table} x JOIN days d ON d.day = x.fin GROUP BY GROUPING SETS ((d.pid, x.unit), (d.pid))),
            p AS (
              SELECT p.pid, x.unit, count(*) AS pending, count(*) FILTER (WHERE x.due < p.e) AS overdue
              FROM {table} x JOIN periods p ON x.recv <= p.e AND (x.fin IS NULL OR x.fin > p.e)
              GROUP BY GROUPING SETS ((p.pid, x.unit), (p.pid)))
            SELECT * FROM r FULL JOIN f USING (pid, unit) FULL JOIN p USING (pid, unit)
            """;
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    private void Execute(string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private readonly record struct NaiveRow(int Unit, int Received, int Due, int Finished, byte ReceivedBits, byte FinishedBits);
}
