using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

// A unit that changes parent inside a period: of its records valid in the period, the one valid on the period's last
// day is used, else the one that starts last (RollupEngine.Create's contract).
public sealed class RollupMembershipTest
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2025, 9, CutoffRule.CalendarMonth);

    private static OrgUnit[] Tree(params OrgUnit[] commune) =>
        [new() { Code = "P", Name = "Province" }, new() { Code = "A", Name = "A", ParentCode = "P" }, new() { Code = "B", Name = "B", ParentCode = "P" }, .. commune];

    private static string? ParentInSeptember(OrgUnit[] units) =>
        RollupTestData.Run(RollupTestData.Engine(units, [September]), DossierStore.Empty).Periods[0].Find("X")!.ParentCode;

    [Fact]
    public void The_record_valid_on_the_periods_last_day_is_used()
    {
        OrgUnit before = new() { Code = "X", Name = "Xã", ParentCode = "A", ValidTo = new LocalDate(2025, 9, 10) };
        OrgUnit after = new() { Code = "X", Name = "Xã", ParentCode = "B", ValidFrom = new LocalDate(2025, 9, 11) };

        Assert.Equal("B", ParentInSeptember(Tree(before, after)));
        Assert.Equal("B", ParentInSeptember(Tree(after, before)));
    }

    [Fact]
    public void Without_a_record_valid_on_the_last_day_the_latest_starting_is_used()
    {
        OrgUnit early = new() { Code = "X", Name = "Xã", ParentCode = "A", ValidTo = new LocalDate(2025, 9, 10) };
        OrgUnit late = new() { Code = "X", Name = "Xã", ParentCode = "B", ValidFrom = new LocalDate(2025, 9, 11), ValidTo = new LocalDate(2025, 9, 20) };

        Assert.Equal("B", ParentInSeptember(Tree(early, late)));
        Assert.Equal("B", ParentInSeptember(Tree(late, early)));
    }
}
