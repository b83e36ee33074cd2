using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Indicators;

public sealed class Report87Test
{
    // Found by hand in 87/BC-BCĐ before the rules were written (see docs/indicators.md).
    private static readonly string[] ExpectedContradictions =
    [
        "R87.FULL.LEVELS",         // 1.074 + 392 = 1.466 ≠ 1.224 full-online TTHC
        "R87.TTHC.SERVICE",        // 1.706 + 581 = 2.287 ≠ 2.156 TTHC
        "R87.PROVINCE.SERVICE",    // 1.074 + 392 + 345 = 1.811 ≠ 1.780 provincial TTHC
        "R87.COMMUNE.SERVICE",     // 392 + 90 + 236 = 718 ≠ 376 commune TTHC
        "R87.COMMUNE.FULL.PART",   // 392 full-online commune TTHC > 376 commune TTHC
        "R87.SURVEY.UNITS",        // "3 đơn vị hoàn thành" followed by six names
        "R87.ONEOFF.RATE",         // 12.340 / 12.493 = 98,775…% printed 98,77%
        "R87.SOCIAL.DISTINCT",     // task 8 repeats task 4's 57.241/68.963 for another population
        "R87.RESIDENTS.SAME",      // 2.218.975 vs 2.215.460 permanent residents
        "R87.SOCIAL.PROTECTION.CLEAN.RATE", // 85.217 / 94.887 = 89,81% printed 89%
        "R87.ORGEID.PART",         // 12.597 organisations "of 15.16"
        "R87.ORGEID.RATE",         // 12.597 / 15,16 is not 83,1%
    ];

    [Fact]
    public void The_rules_find_every_contradiction_found_by_hand_and_no_other()
    {
        var report = GovernanceData.Default.ReportFigures.Check();

        Assert.Equal(ExpectedContradictions.Order(StringComparer.Ordinal), report.Violations.Select(v => v.Rule.Id).Order(StringComparer.Ordinal));
        Assert.Empty(report.Skipped);
    }

    [Fact]
    public void Figures_printed_against_the_convention_are_listed_with_the_reading_chosen()
    {
        var unusual = GovernanceData.Default.ReportFigures.Check().UnusualReadings.ToDictionary(f => f.Id, f => f.Number);

        Assert.Equal(["id_cards_rate", "members_pensioners", "org_eid_total"], unusual.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((90.31m, NumberReading.DotAsDecimalMark), (unusual["id_cards_rate"].Value, unusual["id_cards_rate"].Reading));
        Assert.Equal((24_765m, NumberReading.CommaAsThousandsSeparator), (unusual["members_pensioners"].Value, unusual["members_pensioners"].Reading));
        Assert.Equal((15.16m, NumberReading.DotAsDecimalMark), (unusual["org_eid_total"].Value, unusual["org_eid_total"].Reading));
    }

    [Fact]
    public void A_violation_names_the_figures_involved_with_their_printed_text()
    {
        var violation = GovernanceData.Default.ReportFigures.Check().Violations.Single(v => v.Rule.Id == "R87.ONEOFF.RATE");

        Assert.Equal(["one_off_cashless_rate", "one_off_cashless", "one_off_total"], violation.Figures.Select(f => f.Name));
        Assert.Equal(["98,77%", "12.340", "12.493"], violation.Figures.Select(f => f.Figure!.Value.Text));
        Assert.Equal(0.005m, violation.Tolerance);
    }

    [Fact]
    public void The_dataset_describes_report_87()
    {
        var set = GovernanceData.Default.ReportFigures;

        Assert.Equal("87/BC-BCĐ", set.Document);
        Assert.Equal(new LocalDate(2025, 9, 19), set.IssuedOn);
        Assert.All(set.Rules, r => Assert.All(r.Left.Measures.Concat(r.Right.Measures), m => Assert.Contains(set.Figures, f => f.Id == m)));
    }
}
