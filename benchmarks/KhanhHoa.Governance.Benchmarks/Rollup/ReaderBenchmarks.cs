using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>
/// The dossier reader alone, CSV file to store, on the contract's layout and on the same rows as a re-ordered wider
/// export (the contract's columns in another order and an extra quoted text column holding commas, as
/// <see cref="HostVersusDuckDb"/> writes it), on one and two workers: a naive reader (a line at a time, fields as
/// strings, baseline), <see cref="DossierCsvReader"/>, and DuckDB's <c>read_csv</c> into the same columns on as many
/// threads. SYNTHETIC dossiers, seed 87: 3,000,000 (292 MB in the contract's layout, 406 MB wider), or 100,000 under
/// <c>--quick</c>. MB/s is the file's size over the mean (the sizes are printed at set-up and in benchmarks/README.md).
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private string contractPath = null!;
    private string path = null!;
    private DuckDbRollup duck = null!;

    /// <summary>The file's layout.</summary>
    public enum FileLayout
    {
        /// <summary>The contract's columns in its order.</summary>
        Contract,

        /// <summary>The contract's columns re-ordered, an extra quoted text column among them.</summary>
        ReorderedWider,
    }

    /// <summary>Dossiers: 3M, or 100k under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => Environment.GetCommandLineArgs().Contains("--quick") ? [100_000] : [3_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Dossiers { get; set; }

    [Params(FileLayout.Contract, FileLayout.ReorderedWider)]
    public FileLayout Layout { get; set; }

    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        contractPath = BenchmarkProvince.WriteCsv(Dossiers);
        path = contractPath;
        if (Layout == FileLayout.ReorderedWider)
        {
            path = Path.ChangeExtension(contractPath, ".wide.csv");
            HostVersusDuckDb.WriteWide(contractPath, path);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {Layout}: {Dossiers:N0} dossiers, {new FileInfo(path).Length:N0} bytes, load {PairedRuns.Load()}"));
        duck = new DuckDbRollup(BenchmarkProvince.PeriodDays);
        duck.Execute("SET threads = " + Workers);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        duck.Dispose();
        File.Delete(contractPath);
        File.Delete(path);
    }

    /// <summary>A line at a time, each field a string (quotes undone), columns found by the header's names.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveFieldsAsStrings()
    {
        using var lines = File.ReadLines(path).GetEnumerator();
        lines.MoveNext();
        var header = Fields(lines.Current);
        int At(string name) => header.IndexOf(name);
        var (received, due, finished, supplements, id) = (At("received_at"), At("due_date"), At("finished_at"), At("supplement_requests"), At("dossier_id"));
        long check = 0;
        while (lines.MoveNext())
        {
            var f = Fields(lines.Current);
            var day = DateTime.ParseExact(f[received], "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture).Day
                + DateTime.ParseExact(f[due], "yyyy-MM-dd", CultureInfo.InvariantCulture).Day
                + (f[finished].Length == 0 ? 0 : DateTime.ParseExact(f[finished], "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture).Day);
            check += day + int.Parse(f[supplements], CultureInfo.InvariantCulture) + f[id].Length;
        }

        return check;
    }

    [Benchmark]
    public int Reader() => DossierCsvReader.ReadFile(path, new DossierReadOptions { MaxDegreeOfParallelism = Workers }).Value.Count;

    /// <summary>DuckDB's <c>read_csv</c> into the store's columns (day numbers and measure bits), on <see cref="Workers"/> threads.</summary>
    [Benchmark]
    public long DuckDbReadCsv() => duck.ReadCsv(path);

    // RFC 4180 fields of one line (no line breaks inside quotes in these files).
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
