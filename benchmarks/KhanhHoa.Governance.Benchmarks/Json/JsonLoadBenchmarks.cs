using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Benchmarks.Json;

/// <summary>
/// <see cref="GovernanceDataLoader.LoadReportFigures(ReadOnlySpan{byte})"/> and <see cref="GovernanceDataLoader.LoadIndicatorCatalog(ReadOnlySpan{byte})"/>
/// on SYNTHETIC minified files of 1, 10 and 100 MB (<see cref="SyntheticJson"/>), each against the floor: System.Text.Json's
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes, which checks the syntax and
/// indexes the tokens but keeps no positions and checks nothing of the content. <c>--quick</c> runs 1 MB only.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonLoadBenchmarks
{
    private const int Megabyte = 1 << 20;
    private byte[] figures = null!;
    private byte[] catalog = null!;

    /// <summary>File sizes in MB: 1, 10 and 100, or 1 under <c>--quick</c>.</summary>
    public static IEnumerable<int> Sizes => Environment.GetCommandLineArgs().Contains("--quick") ? [1] : [1, 10, 100];

    /// <summary>The size of each file, in MB.</summary>
    [ParamsSource(nameof(Sizes))]
    public int SizeMB { get; set; }

    /// <summary>Writes both files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        figures = SyntheticJson.Figures(SizeMB * Megabyte);
        catalog = SyntheticJson.Catalog(SizeMB * Megabyte);
        if (!GovernanceDataLoader.LoadReportFigures(figures).Success || !GovernanceDataLoader.LoadIndicatorCatalog(catalog).Success)
        {
            throw new InvalidOperationException("The synthetic files do not load.");
        }
    }

    /// <summary>The floor for the figures.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ReportFigureSet")]
    public int FiguresJsonDocument() => Floor(figures);

    /// <summary>The figures loaded by the library.</summary>
    [Benchmark]
    [BenchmarkCategory("ReportFigureSet")]
    public int FiguresLoad() => GovernanceDataLoader.LoadReportFigures(figures).Value.Figures.Count;

    /// <summary>The floor for the catalog.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("IndicatorCatalog")]
    public int CatalogJsonDocument() => Floor(catalog);

    /// <summary>The catalog loaded by the library.</summary>
    [Benchmark]
    [BenchmarkCategory("IndicatorCatalog")]
    public int CatalogLoad() => GovernanceDataLoader.LoadIndicatorCatalog(catalog).Value.Indicators.Count;

    internal static int Floor(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        return document.RootElement.GetPropertyCount();
    }
}
