using System.Globalization;
using System.Text;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>
/// The sample host as a process against DuckDB (<c>read_csv</c> + the same SQL as <see cref="DuckDbRollup"/>) on the
/// same files in the same run, paired and interleaved: each round runs host then DuckDB on the contract's layout, then
/// on a re-ordered wider export (columns in another order, an extra quoted text column holding commas), so a neighbour's
/// load falls on both sides of a pair. BenchmarkDotNet runs one method's iterations back to back and cannot interleave,
/// hence this loop: <c>--host-vs-duckdb</c> (3,000,000 dossiers, 7 rounds) or with <c>--quick</c> (100,000, 2 rounds).
/// <c>KHANHHOA_HOST</c> names the host measured (see <see cref="CsvIngestBenchmarks.SampleHost"/>); <c>KHANHHOA_BEFORE_HOST</c>,
/// when set, names a second build (a change's before) run in the same pairs, so a change is judged against the same noise.
/// </summary>
/// <remarks>
/// DuckDB runs in this process on a fresh connection per run (its library is loaded by a warm-up round that is not
/// counted); the host starts a process per run, as a non-.NET system calls it. The files are SYNTHETIC (seed 87).
/// </remarks>
internal static class HostVersusDuckDb
{
    // The wider export's columns: the contract's in another order with a free-text column in the middle.
    private static readonly string[] WideOrder =
    [
        "received_at", "unit_code", "dossier_id", "channel", "service_level", "applicant_note", "procedure_code", "finished_at",
        "due_date", "e_result", "digitized", "supplement_requests", "paid_online", "reused_data", "fee_required", "id_linked",
    ];

    public static int Run(bool quick)
    {
        var dossiers = quick ? 100_000 : 3_000_000;
        var rounds = quick ? 2 : 7;
        var host = CsvIngestBenchmarks.SampleHost();
        var before = Environment.GetEnvironmentVariable("KHANHHOA_BEFORE_HOST") is { Length: > 0 } named ? named : null;
        var folder = Directory.CreateTempSubdirectory("khanhhoa-host-vs-duckdb-").FullName;
        try
        {
            var contract = BenchmarkProvince.WriteCsv(dossiers);
            var wide = Path.Combine(folder, "wide.csv");
            WriteWide(contract, wide);
            var units = Path.Combine(folder, "units.csv");
            File.WriteAllLines(units, ["code,name,parent_code,valid_from,valid_to", .. BenchmarkProvince.Units.Select(u => $"{u.Code},{u.Name},{u.ParentCode},,")]);
            var files = new (string Name, string Path)[] { ("contract", contract), ("re-ordered wider", wide) };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"host {host}{(before is null ? "" : $" (before: {before})")}; {dossiers:N0} dossiers; contract {new FileInfo(contract).Length / 1e6:F0} MB, re-ordered wider {new FileInfo(wide).Length / 1e6:F0} MB; load {PairedRuns.Load()}"));

            var sides = before is null ? new[] { "host", "DuckDB" } : ["host", "DuckDB", "before"];
            var times = files.ToDictionary(f => f.Name, _ => sides.ToDictionary(side => side, _ => new List<(double Wall, double Cpu)>()));
            for (var round = -1; round < rounds; round++)
            {
                foreach (var (name, path) in files)
                {
                    var arguments = new[] { "rollup", "--dossiers", path, "--units", units, "--period", "2025-09", "--format", "json", "--out", Path.Combine(folder, "out"), "--quiet" };
                    var measured = new Dictionary<string, (double Wall, double Cpu)>
                    {
                        ["host"] = PairedRuns.Time(() => CsvIngestBenchmarks.RunHost(host, null, arguments)),
                        ["DuckDB"] = PairedRuns.Time(() =>
                        {
                            using var duck = new DuckDbRollup(BenchmarkProvince.PeriodDays);
                            return duck.RollUpCsv(path);
                        }),
                    };
                    if (before is not null)
                    {
                        measured["before"] = PairedRuns.Time(() => CsvIngestBenchmarks.RunHost(before, null, arguments));
                    }

                    foreach (var side in sides.Where(_ => round >= 0))
                    {
                        times[name][side].Add(measured[side]);
                    }

                    Console.WriteLine($"round {round + 1} {name}: " + string.Join(", ", sides.Select(side => string.Create(CultureInfo.InvariantCulture, $"{side} {measured[side].Wall:F3} s (CPU {measured[side].Cpu:F2} s)"))));
                }
            }

            foreach (var (name, measured) in times)
            {
                Console.WriteLine($"{name}: " + string.Join("; ", sides.Select(side => string.Create(CultureInfo.InvariantCulture,
                    $"{side} median {PairedRuns.Median(measured[side].Select(m => m.Wall)):F3} s, CPU {PairedRuns.Median(measured[side].Select(m => m.Cpu)):F2} s"))));
                foreach (var (slower, faster) in before is null ? [("DuckDB", "host")] : new[] { ("DuckDB", "host"), ("DuckDB", "before"), ("before", "host") })
                {
                    Console.WriteLine($"{name}: {slower}/{faster} per pair: wall {Ratios(measured[slower], measured[faster], m => m.Wall)}, CPU {Ratios(measured[slower], measured[faster], m => m.Cpu)}");
                }
            }

            Console.WriteLine("load at the end " + PairedRuns.Load());
            File.Delete(contract);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Rewrites the contract's CSV (no quotes in it) in <see cref="WideOrder"/>, a quoted note with commas added.</summary>
    internal static void WriteWide(string contract, string wide)
    {
        var names = File.ReadLines(contract).First().Split(',');
        var order = WideOrder.Select(column => Array.IndexOf(names, column)).ToArray();
        string[] notes = ["\"Nguyễn Văn An, tổ 3, phường Nha Trang\"", "\"hồ sơ bổ sung, lần 1\"", "\"\"", "\"Trần Thị Bình, thôn Phú Lộc, xã Diên Khánh, \"\"ưu tiên\"\"\""];
        using var writer = new StreamWriter(wide, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write(string.Join(',', WideOrder) + "\n");
        var line = 0;
        foreach (var row in File.ReadLines(contract).Skip(1))
        {
            var fields = row.Split(',');
            for (var i = 0; i < order.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                writer.Write(order[i] < 0 ? notes[line % notes.Length] : fields[order[i]]);
            }

            writer.Write('\n');
            line++;
        }
    }

    // The median and range of a/b over the pairs of one round.
    private static string Ratios(List<(double Wall, double Cpu)> a, List<(double Wall, double Cpu)> b, Func<(double Wall, double Cpu), double> of)
    {
        var ratios = a.Zip(b, (x, y) => of(x) / of(y)).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"median {PairedRuns.Median(ratios):F2}× (range {ratios.Min():F2}–{ratios.Max():F2})");
    }
}
