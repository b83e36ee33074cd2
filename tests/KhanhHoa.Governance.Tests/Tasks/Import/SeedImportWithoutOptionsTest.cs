using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Tasks.Import;

namespace KhanhHoa.Governance.Tests.Tasks.Import;

// Issue 22: every seed imports as a clerk would run it, with no --id and no --year; a draft's blank number gives a stable
// id made of its symbol and date, said in a finding, never an id made of the blank ("/QĐ-BCĐ").
public sealed class SeedImportWithoutOptionsTest
{
    [Theory]
    [InlineData("3433/KH-UBND", "3433/KH-UBND", null)]
    [InlineData("954/QĐ-UBND", "954/QĐ-UBND", null)]
    [InlineData("UBND-KGVX-2025-08", "UBND-KGVX-2025-08", "The document number \"/UBND-KGVX\" is blank (a draft); the plan id UBND-KGVX-2025-08 is made of its symbol and date.")]
    [InlineData("BCĐ-2025", "QĐ-BCĐ-2025", "The document number \"/QĐ-BCĐ\" is blank (a draft); the plan id QĐ-BCĐ-2025 is made of its symbol and date.")]
    public void A_seed_imports_with_no_options_and_a_draft_gets_an_id_from_its_symbol_and_date(string embeddedId, string id, string? finding)
    {
        var file = SeedPlans.Seed(embeddedId);
        var imported = PlanImporter.ImportText(SeedFiles.Read(file), file, GovernanceData.Default.Agencies, new PlanImportOptions());

        Assert.True(imported.Success, string.Join("\n", imported.Errors));
        var plan = imported.Value.Plan;
        Assert.Equal(id, plan.Id);
        Assert.False(plan.Id.StartsWith('/'));
        Assert.Equal(2025, plan.ContextYear);
        Assert.Equal(SeedPlans.ImportText(embeddedId).Plan.Tasks.Count, plan.Tasks.Count);
        if (finding is null)
        {
            Assert.DoesNotContain(plan.Notes, static n => n.Contains("blank", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(finding, plan.Notes);
        }
    }

    [Fact]
    public void The_letters_peak_month_is_dated_by_its_title_and_a_start_date_is_a_start()
    {
        var letter = SeedPlans.ImportText("UBND-KGVX-2025-08").Plan;
        var peak = letter.Tasks.Single(static t => t.Id == "5.1").Deadline!;
        Assert.Equal((KhanhHoa.Governance.Calendar.DeadlineKind.FixedDate, (NodaTime.LocalDate?)new NodaTime.LocalDate(2025, 9, 1), (NodaTime.LocalDate?)new NodaTime.LocalDate(2025, 10, 31)), (peak.Kind, peak.StartDate, peak.DueDate));
        var fromJanuary = letter.Tasks.Single(static t => t.DeadlineText == "Từ 01/01/2026.").Deadline!;
        Assert.Equal((NodaTime.LocalDate?)new NodaTime.LocalDate(2026, 1, 1), fromJanuary.StartDate);
        Assert.Null(fromJanuary.DueDate);
    }

    // "Từ 01/01/2026" is a start, continuous afterwards: nothing is expected before it and it is never overdue after it;
    // the peak month "(01/9 - 31/10/2025)" is due on its last day.
    [Theory]
    [InlineData("2025-12-31", PlanTaskStatus.NotYetStarted, PlanTaskStatus.Overdue)]
    [InlineData("2026-01-01", PlanTaskStatus.Continuous, PlanTaskStatus.Overdue)]
    [InlineData("2027-06-30", PlanTaskStatus.Continuous, PlanTaskStatus.Overdue)]
    [InlineData("2025-09-15", PlanTaskStatus.NotYetStarted, PlanTaskStatus.InProgressWithinDeadline)]
    [InlineData("2025-10-30", PlanTaskStatus.NotYetStarted, PlanTaskStatus.DueSoon)]
    public void The_letters_start_date_and_peak_month_are_judged_by_the_core(string asOf, PlanTaskStatus fromJanuary, PlanTaskStatus peakMonth)
    {
        var letter = SeedPlans.ImportText("UBND-KGVX-2025-08").Plan;
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value;
        PlanTaskStatus Status(PlanTask task) => TaskStatusEvaluator.Evaluate(task, ProgressHistory.Empty, day).Status;

        Assert.Equal(fromJanuary, Status(letter.Tasks.Single(static t => t.DeadlineText == "Từ 01/01/2026.")));
        Assert.Equal(peakMonth, Status(letter.Tasks.Single(static t => t.Id == "5.1")));
    }
}
