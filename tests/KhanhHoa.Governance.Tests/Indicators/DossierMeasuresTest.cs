using System.Text.RegularExpressions;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

public sealed partial class DossierMeasuresTest
{
    [Fact]
    public void The_names_are_the_contract_docs_measure_table_in_order()
    {
        using var reader = new StreamReader(typeof(DossierMeasuresTest).Assembly.GetManifestResourceStream("rollup-contract.md")!);
        var lines = reader.ReadToEnd().Split('\n');
        var section = lines.SkipWhile(static l => !l.StartsWith("## 4. Measures", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(static l => !l.StartsWith("## ", StringComparison.Ordinal));
        var documented = section.Where(static l => l.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(static l => Quoted().Matches(l.Split('|')[1]).Select(static m => m.Groups[1].Value))
            .ToList();

        Assert.Equal(documented, DossierMeasures.All.Select(DossierMeasures.NameOf));
    }

    [Fact]
    public void Every_measure_has_its_own_Vietnamese_name_for_the_report()
    {
        var names = DossierMeasures.All.Select(DossierMeasures.VietnameseNameOf).ToList();

        Assert.Equal(DossierMeasures.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, static name => Assert.StartsWith("Số hồ sơ ", name, StringComparison.Ordinal));
        Assert.Equal("Số hồ sơ tiếp nhận trực tuyến toàn trình", DossierMeasures.VietnameseNameOf(DossierMeasure.ReceivedFullOnline));
    }

    [Fact]
    public void The_count_and_order_come_from_the_enum()
    {
        Assert.Equal(DossierMeasures.Count, Enum.GetValues<DossierMeasure>().Length);
        Assert.Equal(Enumerable.Range(0, DossierMeasures.Count), DossierMeasures.All.Select(static m => (int)m));
        Assert.All(DossierMeasures.All, static m => Assert.True(DossierMeasures.TryParse(DossierMeasures.NameOf(m), out var back) && back == m));
        Assert.False(DossierMeasures.TryParse("Received", out _));
        Assert.False(DossierMeasures.TryParse(null, out _));
    }

    [GeneratedRegex("`([a-z_]+)`")]
    private static partial Regex Quoted();
}
