using System.Text.Json;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

public sealed class RollupIndicatorsTest
{
    private static readonly OrgUnit[] Units =
    [
        new() { Code = "KH", Name = "Khánh Hòa" },
        new() { Code = "X01", Name = "Xã 1", ParentCode = "KH" },
        new() { Code = "X02", Name = "Xã 2", ParentCode = "KH" },
    ];

    private static RollupResult Result()
    {
        var september = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));
        var store = SyntheticDossiers.Generate(["KH", "X01", "X02"], new LocalDate(2025, 7, 1), new LocalDate(2025, 9, 15), 3000, seed: 5);
        return RollupTestData.Run(RollupTestData.Engine(Units, [september]), store);
    }

    [Fact]
    public void The_catalog_dossier_indicators_are_selected_and_the_others_left_out()
    {
        var codes = new RollupIndicators(GovernanceData.Default.Indicators).Definitions.Select(d => d.Code).ToList();

        Assert.Contains("I766.TT.04", codes);
        Assert.Contains("I766.TD.01", codes);
        Assert.Contains("DOS.RCV.01", codes);
        Assert.DoesNotContain("DS.ON.01", codes);          // adults_using_online_services is not a rollup measure
        Assert.DoesNotContain("I766.HL.03", codes);        // reads dossiers_complained
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Each_unit_carries_its_indicators_after_its_measures_with_values_equal_to_Compute()
    {
        var result = Result();
        var indicators = new RollupIndicators(GovernanceData.Default.Indicators);
        using var document = JsonDocument.Parse(RollupJsonWriter.ToUtf8Bytes(result, RollupJsonOptions.WithIndicators(GovernanceData.Default.Indicators)));

        var units = document.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(3, units.Count);
        foreach (var unit in units)
        {
            Assert.Equal(["code", "parent", "measures", "indicators"], unit.EnumerateObject().Select(p => p.Name));
            var rollup = result.Periods[0].Find(unit.GetProperty("code").GetString()!)!;
            var measures = RollupIndicators.ToDictionary(rollup.Measures);
            var written = unit.GetProperty("indicators");
            Assert.Equal(indicators.Definitions.Select(d => d.Code), written.EnumerateObject().Select(p => p.Name));
            foreach (var definition in indicators.Definitions)
            {
                var expected = definition.Compute(measures);
                var entry = written.GetProperty(definition.Code);
                Assert.Equal(["value", "numerator", "denominator"], entry.EnumerateObject().Select(p => p.Name));
                Assert.Equal(definition.Round(expected.Value!.Value), entry.GetProperty("value").GetDecimal());
                Assert.Equal(definition.Decimals, DecimalsOf(entry.GetProperty("value").GetRawText()));
                Assert.Equal(expected.Numerator, entry.GetProperty("numerator").GetInt64());
                if (definition.Denominator is null)
                {
                    Assert.Equal(JsonValueKind.Null, entry.GetProperty("denominator").ValueKind);
                }
                else
                {
                    Assert.Equal(expected.Denominator, entry.GetProperty("denominator").GetInt64());
                }
            }
        }

        var root = units[0].GetProperty("indicators").GetProperty("I766.TT.04");
        var province = result.Periods[0].Find("KH")!.Measures;
        Assert.Equal(province.ReceivedOnline, root.GetProperty("numerator").GetInt64());
        Assert.Equal(province.Received, root.GetProperty("denominator").GetInt64());
        Assert.Equal(Math.Round(province.ReceivedOnline * 100m / province.Received, 2, MidpointRounding.AwayFromZero), root.GetProperty("value").GetDecimal());
    }

    [Fact]
    public void A_zero_denominator_writes_the_rule_value_or_null_and_keeps_the_shape()
    {
        var september = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));
        var empty = RollupTestData.Run(RollupTestData.Engine([Units[0]], [september]), SyntheticDossiers.Generate(["KH"], new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 2), 0));
        using var document = JsonDocument.Parse(RollupJsonWriter.ToUtf8Bytes(empty, RollupJsonOptions.WithIndicators(GovernanceData.Default.Indicators)));

        var indicators = document.RootElement.GetProperty("units")[0].GetProperty("indicators");
        Assert.Equal(JsonValueKind.Null, indicators.GetProperty("I766.TT.04").GetProperty("value").ValueKind);
        Assert.Equal(0, indicators.GetProperty("I766.TT.04").GetProperty("denominator").GetInt64());
        Assert.Equal("0.00", indicators.GetProperty("RPT.LT.02").GetProperty("value").GetRawText());   // zeroDenominator: zero
        Assert.Equal("0", indicators.GetProperty("DOS.RCV.01").GetProperty("value").GetRawText());
    }

    [Fact]
    public void The_output_is_byte_identical_and_keeps_other_options()
    {
        var result = Result();
        var options = RollupJsonOptions.WithIndicators(GovernanceData.Default.Indicators) with { Indented = true };

        var first = RollupJsonWriter.ToUtf8Bytes(result, options);
        var second = RollupJsonWriter.ToUtf8Bytes(result, RollupJsonOptions.WithIndicators(GovernanceData.Default.Indicators) with { Indented = true });

        Assert.Equal(first, second);
        Assert.Contains((byte)'\n', first);
        var plain = RollupJsonWriter.ToUtf8Bytes(result);
        Assert.DoesNotContain("indicators", System.Text.Encoding.UTF8.GetString(plain), StringComparison.Ordinal);
    }

    private static int DecimalsOf(string number) => number.Contains('.', StringComparison.Ordinal) ? number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
}
