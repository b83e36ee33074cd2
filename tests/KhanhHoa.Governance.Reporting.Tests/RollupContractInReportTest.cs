using System.Text.Json;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;

namespace KhanhHoa.Governance.Reporting.Tests;

public sealed class RollupContractInReportTest
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));

    // Codes whose ordinal order (D01, D02, KH, X01, X02) is not the depth-first order (KH, D01, X01, D02, X02).
    private static readonly OrgUnit[] Units =
    [
        new() { Code = "KH", Name = "Tỉnh Khánh Hòa" },
        new() { Code = "D02", Name = "Sở Tư pháp", ParentCode = "KH" },
        new() { Code = "D01", Name = "Sở Nội vụ", ParentCode = "KH" },
        new() { Code = "X02", Name = "Phường Cam Ranh", ParentCode = "D02" },
        new() { Code = "X01", Name = "Phường Nha Trang", ParentCode = "D01" },
    ];

    private static PeriodRollup Rollup()
    {
        var engine = RollupEngine.Create(Units, [September]).Value;
        var store = SyntheticDossiers.Generate(["D01", "X01", "X02"], September.Start, September.End, 3000, seed: 5);
        return engine.Run(store, maxDegreeOfParallelism: 1).Value.Periods.Single();
    }

    [Fact]
    public void The_reports_units_are_the_rollup_jsons_element_by_element_in_order()
    {
        var rollup = Rollup();
        var report = MonthlyReportComposer.Compose(new MonthlyReportSources
        {
            Period = September,
            AsOf = September.End,
            Header = new ReportHeader("UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", null, "BC-BCĐ", "Khánh Hòa", September.End, "BÁO CÁO", "Thử"),
            Signature = new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Văn A"),
            Rollups = [rollup],
            RootUnitCode = "KH",
            Calendar = SampleReport.Calendar,
        }).GetValueOrThrow();
        using var reportJson = JsonDocument.Parse(JsonReportRenderer.ToJson(report));
        using var rollupJson = JsonDocument.Parse(RollupJson(rollup));

        var expected = UnitsOf(rollupJson);
        var actual = UnitsOf(reportJson);

        Assert.Equal(["KH", "D01", "X01", "D02", "X02"], expected.Select(u => u.Code));
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Code, actual[i].Code);
            Assert.Equal(expected[i].Parent, actual[i].Parent);
            Assert.Equal(expected[i].Measures, actual[i].Measures);
        }

        Assert.True(rollup.Find("KH")!.Measures.Received > 0);
    }

    private static byte[] RollupJson(PeriodRollup rollup)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            RollupJsonWriter.Write(writer, rollup);
        }

        return stream.ToArray();
    }

    private static List<(string? Code, string? Parent, List<(string Name, long Value)> Measures)> UnitsOf(JsonDocument json) =>
    [
        .. json.RootElement.GetProperty("units").EnumerateArray().Select(unit => (
            unit.GetProperty("code").GetString(),
            unit.GetProperty("parent").GetString(),
            unit.GetProperty("measures").EnumerateObject().Select(m => (m.Name, m.Value.GetInt64())).ToList())),
    ];
}
