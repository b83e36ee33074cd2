using System.Text.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Benchmarks.Json;

/// <summary>
/// What positions cost before the fix, on the 1 MB SYNTHETIC minified figures only (it is quadratic: 12 s at 1 MB, so
/// <c>--quick</c> uses 256 KB and larger files would take minutes): <see cref="NaiveColumns"/> reads every token and, as the old loader did, counts the
/// characters from the start of its line to find its column. It does none of the loader's other work, so it is
/// a lower bound of the old loader's time. Floor: <see cref="JsonDocument"/> of the same bytes.
/// </summary>
[MemoryDiagnoser]
public class NaiveColumnsBenchmarks
{
    private byte[] figures = null!;

    /// <summary>The file size in KB: 1,024, or 256 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => Environment.GetCommandLineArgs().Contains("--quick") ? [256] : [1024];

    /// <summary>The size of the file, in KB.</summary>
    [ParamsSource(nameof(Sizes))]
    public int SizeKB { get; set; }

    /// <summary>Writes the file.</summary>
    [GlobalSetup]
    public void Setup() => figures = SyntheticJson.Figures(SizeKB << 10);

    /// <summary>The floor.</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocumentParse() => JsonLoadBenchmarks.Floor(figures);

    /// <summary>The figures loaded by the library.</summary>
    [Benchmark]
    public int Load() => GovernanceDataLoader.LoadReportFigures(figures).Value.Figures.Count;

    /// <summary>Every token's column counted from its line's start.</summary>
    [Benchmark]
    public long NaiveColumns()
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < figures.Length; i++)
        {
            if (figures[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(figures);
        long sum = 0;
        while (reader.Read())
        {
            var offset = (int)reader.TokenStartIndex;
            var line = lineStarts.BinarySearch(offset);
            var lineStart = lineStarts[line >= 0 ? line : ~line - 1];
            sum += Encoding.UTF8.GetCharCount(figures.AsSpan(lineStart, offset - lineStart)) + 1;
        }

        return sum;
    }
}
