using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Tasks;

public sealed class MatrixAndFiveClearsTest
{
    private static readonly Plan Plan3433 = GovernanceData.Default.FindPlan("3433/KH-UBND")!;

    [Fact]
    public void What_the_department_of_science_and_technology_leads_in_3433()
    {
        var matrix = new ResponsibilityMatrix([Plan3433]);
        var leads = matrix.LeadOf("SO_KHCN").Select(a => a.Task.Id).ToList();

        Assert.Equal(["4", "8", "11", "12", "16", "20", "24", "26", "43", "47", "48", "49", "50", "51", "59", "61", "63.4", "68"], leads);
        Assert.Contains(matrix.SupportOf("SO_KHCN"), a => a.Task.Id == "2");
        Assert.Equal("SO_KHCN", matrix.Workload()[0].Agency.Code);
    }

    [Fact]
    public void Several_leads_and_collective_leads()
    {
        var matrix = new ResponsibilityMatrix([Plan3433]);

        Assert.Equal(["2", "14", "27.2"], matrix.TasksWithSeveralLeads().Select(t => t.Task.Id));
        Assert.Contains(matrix.TasksWithOnlyCollectiveLead(), t => t.Task.Id == "3");
        Assert.DoesNotContain(matrix.TasksWithOnlyCollectiveLead(), t => t.Task.Id == "14");
    }

    [Fact]
    public void Overdue_by_agency_follows_the_statuses()
    {
        var matrix = new ResponsibilityMatrix([Plan3433]);
        var statuses = TaskStatusEvaluator.EvaluatePlan(Plan3433, new Dictionary<string, ProgressHistory>
        {
            ["4"] = ProgressHistory.Empty.Append(ProgressUpdate.Completed(new LocalDate(2025, 3, 28))),
        }, new LocalDate(2025, 7, 1)).ToDictionary(s => (Plan3433.Id, s.TaskId), s => s.Status);

        var overdue = matrix.OverdueByAgency(statuses);

        Assert.Contains(overdue["SO_KHCN"], a => a.Task.Id == "11");
        Assert.DoesNotContain(overdue["SO_KHCN"], a => a.Task.Id == "4");
        Assert.Equal(PlanTaskStatus.CompletedOnTime, statuses[(Plan3433.Id, "4")]);
    }

    [Fact]
    public void Five_clears_on_3433()
    {
        var report = FiveClearsCheck.Run(Plan3433);

        Assert.Equal(82, report.TasksChecked);
        Assert.Equal(82, report.CountByIssue[FiveClearsIssue.NoExpectedResult]);
        Assert.Equal(3, report.CountByIssue[FiveClearsIssue.SeveralLeads]);
        Assert.DoesNotContain(FiveClearsIssue.NoLead, report.CountByIssue.Keys);
        Assert.Contains(report.Findings, f => f.TaskId == "1" && f.Issue == FiveClearsIssue.CollectiveLead);
        Assert.Contains(report.Findings, f => f.TaskId == "12" && f.Issue == FiveClearsIssue.VagueDeadline);
        Assert.Equal(0, report.TasksFullyClear);
    }

    [Fact]
    public void Five_clears_on_the_letter_finds_the_row_without_lead_and_deadline()
    {
        var report = FiveClearsCheck.Run(GovernanceData.Default.FindPlan("UBND-KGVX-2025-08")!);

        Assert.Contains(report.Findings, f => f.TaskId == "1.4" && f.Issue == FiveClearsIssue.NoLead);
        Assert.Contains(report.Findings, f => f.TaskId == "1.4" && f.Issue == FiveClearsIssue.NoDeadline);
    }
}
