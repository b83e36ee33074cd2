using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

// Issue 22: who must report what is one rule (TaskAssignments), and the desk, the forms and the matrix all ask it.
public sealed class AssignmentRuleTest
{
    private static readonly (string Code, string Name)[] SeedAddressees =
    [
        ("THUE_KV13", "Thuế tỉnh"),
        ("BHXH_KV24", "Bảo hiểm xã hội tỉnh"),
        ("NHNN_KV10", "Ngân hàng Nhà nước chi nhánh Khu vực X"),
        ("DIEN_LUC", "Điện lực tỉnh"),
        ("TINH_DOAN", "Tỉnh Đoàn"),
    ];

    public static TheoryData<string> ProgressDataSets() => [.. Embedded.DataSets.DataSets.Where(static d => d.PlanId is not null).Select(static d => d.Code)];

    private static ReportingPeriod November(DataSet dataSet) => Period(dataSet, "2026-11");

    [Fact]
    public void The_seeds_addressees_that_lead_or_support_tasks_are_reporting_units_named_as_the_seeds_print_them()
    {
        var tree = Embedded.OrgUnits.AsOf(new LocalDate(2026, 11, 14));
        foreach (var (code, name) in SeedAddressees)
        {
            var unit = tree.Units.Single(u => u.Code == code);
            Assert.Equal(name, unit.Name);
            Assert.Equal(Embedded.Agencies.FindByCode(code)!.Name, unit.Name);
            Assert.NotEmpty(Desk.Assignments.TasksOf(code, unit.Kind));
        }

        Assert.Equal(OrgUnitKind.SectorBranch, tree.Units.Single(static u => u.Code == "THUE_KV13").Kind);
    }

    [Theory]
    [MemberData(nameof(ProgressDataSets))]
    public void Every_unit_that_carries_a_task_of_the_plan_must_report_it_and_the_desk_accepts_exactly_its_tasks(string code)
    {
        var dataSet = Embedded.DataSets.Find(code)!;
        var period = November(dataSet);
        var expected = Desk.ExpectedReporters(dataSet, period);
        var plan = Embedded.Plans.Single(p => p.Id == dataSet.PlanId);
        foreach (var unit in Embedded.OrgUnits.AsOf(period.End).Units)
        {
            var tasks = Desk.Assignments.TasksOf(unit.Code, unit.Kind, dataSet.PlanId);
            Assert.Equal(tasks.Count, tasks.Select(static a => a.Task.Id).Distinct(StringComparer.Ordinal).Count());
            if (tasks.Count > 0)
            {
                Assert.Contains(unit.Code, expected);
            }

            if (!expected.Contains(unit.Code, StringComparer.Ordinal))
            {
                continue;
            }

            var own = Send(unit.Code, dataSet, period, tasks.Select(static a => a.Task.Id));
            Assert.True(own.Success, $"{unit.Code}: {string.Join("; ", own.Errors)}");
            var ownIds = tasks.Select(static a => a.Task.Id).ToHashSet(StringComparer.Ordinal);
            if (plan.Tasks.FirstOrDefault(t => !plan.HasChildren(t) && !ownIds.Contains(t.Id)) is { } foreign)
            {
                var refused = Send(unit.Code, dataSet, period, [foreign.Id]);
                Assert.Contains(refused.Errors, e => e.Message.Contains("is not assigned to unit", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void A_sector_branch_reports_the_plans_whose_tasks_it_leads_and_no_other()
    {
        var reported = Embedded.DataSets.DataSets.Where(static d => d.PlanId is not null)
            .Where(d => Desk.ExpectedReporters(d, November(d)).Contains("THUE_KV13", StringComparer.Ordinal))
            .Select(static d => d.Code);
        Assert.Equal(["3433.PROGRESS"], reported);
        Assert.All(Desk.Assignments.TasksOf("THUE_KV13", OrgUnitKind.SectorBranch, "3433/KH-UBND"), static a => Assert.Equal(ResponsibilityRole.Lead, a.Role));
    }

    [Fact]
    public void A_department_supports_what_a_collective_of_departments_is_given_and_a_task_counts_once_under_its_strongest_role()
    {
        var tasks = Desk.Assignments.TasksOf("SO_YT", OrgUnitKind.Department, "3433/KH-UBND");
        var named = new ResponsibilityMatrix(Embedded.Plans).Assignments.Where(static a => a.Plan.Id == "3433/KH-UBND" && a.Agency.Agency.Code == "SO_YT").ToList();
        Assert.True(tasks.Count(static a => a.Role == ResponsibilityRole.Coordinating) > named.Count(static a => a.Role == ResponsibilityRole.Coordinating));
        Assert.All(named.Where(static a => a.Role == ResponsibilityRole.Lead), a => Assert.Equal(ResponsibilityRole.Lead, tasks.Single(t => t.Task.Id == a.Task.Id).Role));

        // A ministry is no unit: it carries only the tasks that name it.
        var ministry = new ResponsibilityMatrix(Embedded.Plans).Assignments.Where(static a => a.Agency.Agency.Code == "BO_CA").Select(static a => (a.Plan.Id, a.Task.Id)).Distinct().ToList();
        Assert.NotEmpty(ministry);
        Assert.Equal(ministry, Desk.Assignments.TasksOf("BO_CA", null).Select(static a => (a.Plan.Id, a.Task.Id)));
    }

    private static InputResult<CheckedSubmission> Send(string unit, DataSet dataSet, ReportingPeriod period, IEnumerable<string> tasks) =>
        Desk.Check(new Submission
        {
            UnitCode = unit,
            DataSetCode = dataSet.Code,
            Period = period,
            SubmittedAt = period.End.At(new LocalTime(10, 0)),
            Progress = [.. tasks.Select(t => new TaskProgress { PlanId = dataSet.PlanId!, TaskId = t, Status = ProgressUpdateKind.Progress, Percent = 50 })],
        });
}
