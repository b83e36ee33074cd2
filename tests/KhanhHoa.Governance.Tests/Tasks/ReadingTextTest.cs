using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Tests.Tasks;

// A plan's text stays as printed; a report quotes it cleaned of the footnote markers the importer found and the typos a
// reader flagged (the seeds' "TTHC2", "[1]", "hoa học"), each correction checked against the text when the plan loads.
public sealed class ReadingTextTest
{
    private static Plan Plan(string id) => GovernanceData.Default.FindPlan(id)!;

    [Theory]
    [InlineData("UBND-KGVX-2025-08", "1.2", "100% TTHC2,", "100% TTHC,")]
    [InlineData("UBND-KGVX-2025-08", "1.1.b", "trong năm 20251", "trong năm 2025")]
    [InlineData("UBND-KGVX-2025-08", "6", "đầu tư hoa học", "đầu tư khoa học")]
    [InlineData("3433/KH-UBND", "31", "cảnh bảo", "cảnh báo")]
    [InlineData("954/QĐ-UBND", "1.6.a", "Công Thông tin điện tử tỉnh, Công Dữ liệu mở", "Cổng Thông tin điện tử tỉnh, Cổng Dữ liệu mở")]
    public void A_flagged_typo_is_read_as_meant_and_kept_as_printed(string plan, string task, string printed, string reads)
    {
        var found = Plan(plan).Find(task)!;

        Assert.Contains(printed, found.Text, StringComparison.Ordinal);
        Assert.Contains(reads, found.ReadingText, StringComparison.Ordinal);
        Assert.DoesNotContain(printed, found.ReadingText, StringComparison.Ordinal);
    }

    [Fact]
    public void No_task_quotes_a_footnote_marker()
    {
        var marked = GovernanceData.Default.Plans.SelectMany(static p => p.Tasks).Where(static t => t.Text.Contains('[', StringComparison.Ordinal)).ToList();

        Assert.Equal(["56", "62"], marked.Select(static t => t.Id));
        Assert.All(GovernanceData.Default.Plans.SelectMany(static p => p.Tasks), static t => Assert.DoesNotMatch(@"\[[0-9]{1,3}\]", t.ReadingText));
    }

    [Fact]
    public void A_correction_names_what_the_text_prints_or_the_plan_does_not_load()
    {
        const string agencies = """{ "schemaVersion": 1, "agencies": [ { "code": "A", "name": "Sở A", "englishName": "Department A", "kind": "ProvincialDepartment" } ] }""";
        var errors = GovernanceDataLoader.LoadPlans(Encoding.UTF8.GetBytes("""
            { "schemaVersion": 1, "plans": [ { "id": "P", "number": "1/KH-UBND", "seed": "s.txt", "contextYear": 2025, "tasks": [
              { "id": "1", "text": "cảnh bảo", "source": { "section": "s" }, "corrections": [ { "printed": "canh bao", "reads": "cảnh báo" } ] },
              { "id": "2", "text": "t", "source": { "section": "s" }, "corrections": [ { "printed": "", "reads": "x" } ] } ] } ] }
            """), GovernanceDataLoader.LoadAgencies(Encoding.UTF8.GetBytes(agencies)).Value).Errors;

        Assert.Contains(errors, static e => e.JsonPath == "$.plans[0].tasks[0].corrections[0].printed" && e.Message.Contains("\"canh bao\" does not occur", StringComparison.Ordinal));
        Assert.Contains(errors, static e => e.JsonPath == "$.plans[0].tasks[1].corrections[0].printed");
    }

    // Corrections apply in order, each to its first occurrence: the text around them is untouched.
    [Property(MaxTest = 200)]
    public Property Text_outside_the_corrections_is_unchanged(NonEmptyString before, NonEmptyString after)
    {
        var text = before.Get + "TTHC2" + after.Get;
        var task = new PlanTask { Id = "1", Text = text, Source = new TaskSource("s", "s", null), Corrections = [new TextCorrection("TTHC2", "TTHC")] };
        var at = text.IndexOf("TTHC2", StringComparison.Ordinal);
        return (task.ReadingText == string.Concat(text.AsSpan(0, at), "TTHC", text.AsSpan(at + 5))).ToProperty();
    }
}
