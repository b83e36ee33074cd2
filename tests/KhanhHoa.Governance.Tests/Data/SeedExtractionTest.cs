using System.Text.RegularExpressions;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Tasks;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Data;

public sealed partial class SeedExtractionTest
{
    private static readonly GovernanceData Data = GovernanceData.Default;

    [Theory]
    [InlineData("3433/KH-UBND", 84, 68)]
    [InlineData("UBND-KGVX-2025-08", 20, 6)]
    [InlineData("954/QĐ-UBND", 30, 2)]
    [InlineData("BCĐ-2025", 49, 4)]
    public void Row_counts_per_plan(string id, int rows, int topLevel)
    {
        var plan = Data.FindPlan(id)!;

        Assert.Equal(rows, plan.Tasks.Count);
        Assert.Equal(topLevel, plan.Tasks.Count(t => t.ParentId is null));
    }

    [Fact]
    public void Plan_3433_has_68_numbered_tasks_and_16_sub_rows()
    {
        var plan = Data.FindPlan("3433/KH-UBND")!;

        Assert.Equal(Enumerable.Range(1, 68).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), plan.Tasks.Where(t => t.ParentId is null).Select(t => t.Id));
        Assert.Equal(5, plan.ChildrenOf("27").Count());
        Assert.Equal(11, plan.ChildrenOf("63").Count());
        Assert.Equal(DocumentType.Plan, plan.Directive.EffectiveType);
        Assert.Equal(new LocalDate(2025, 3, 26), plan.Directive.IssuedOn);
        Assert.Contains(plan.Directive.BasisDocuments, c => c.Number.ToString() == "07/CT-TTg" && c.Date == new LocalDate(2025, 3, 14));
        Assert.Contains(plan.Directive.BasisDocuments, c => c.Number.ToString() == "2841/CAT-PCSQLHC" && c.Type == DocumentType.Submission);
    }

    [Fact]
    public void Row_27_2_field_by_field()
    {
        var task = Data.FindPlan("3433/KH-UBND")!.Find("27.2")!;

        Assert.Equal("27", task.ParentId);
        Assert.Equal("Tỷ lệ chi trả an sinh xã hội không dùng tiền mặt tại địa bàn thành phố, thị xã đạt từ 95% trở lên; các huyện đạt từ 80% trở lên.", task.Text);
        Assert.Equal("Sở Nội vụ (đối tượng người có công);\nSở Y tế (đối tượng bảo trợ xã hội).", task.Lead!.Text);
        Assert.Equal(["SO_NV", "SO_YT"], task.Lead.AgencyCodes);
        Assert.Equal("đối tượng người có công", task.LeadAgencies[0].Qualifier);
        Assert.Equal(["NHNN_KV10", "LOCALITIES", "BANKS"], task.Coordinating!.AgencyCodes);
        Assert.Equal("Thực hiện thường xuyên", task.DeadlineText);
        Assert.Equal(DeadlineKind.Continuous, task.Deadline!.Kind);
        Assert.Null(task.ExpectedResult);
        Assert.Equal("001_765e25d5cbc49dc3.txt", task.Source.Document);
        Assert.Equal("TT 27.2", task.Source.Section);
    }

    [Fact]
    public void Rows_1_14_53_and_61_keep_their_oddities()
    {
        var plan = Data.FindPlan("3433/KH-UBND")!;

        var first = plan.Find("1")!;
        Assert.Equal(["DEPARTMENTS_AND_LOCALITIES"], first.Lead!.AgencyCodes);
        Assert.Null(first.Coordinating);
        Assert.Equal(new LocalDate(2025, 4, 14), first.Deadline!.DueDate);
        Assert.NotEmpty(first.Notes);

        var fourteen = plan.Find("14")!;
        Assert.StartsWith("- Văn phòng UBND tỉnh tham mưu Lãnh đạo UBND tỉnh thực hiện.", fourteen.Lead!.Text, StringComparison.Ordinal);
        Assert.Equal(["VP_UBND", "DEPARTMENTS_AND_LOCALITIES"], fourteen.Lead.AgencyCodes);
        Assert.NotNull(fourteen.Lead.Note);

        Assert.Contains("liên tuyển", plan.Find("53")!.Text, StringComparison.Ordinal);

        var sixtyOne = plan.Find("61")!;
        Assert.Equal(2, sixtyOne.Milestones.Count);
        Assert.Equal(new LocalDate(2025, 12, 31), sixtyOne.Deadline!.DueDate);
    }

    [Fact]
    public void Sample_rows_of_the_other_plans()
    {
        var letter = Data.FindPlan("UBND-KGVX-2025-08")!;
        Assert.True(letter.Directive.Number.IsDraft);
        var a = letter.Find("1.1.a")!;
        Assert.Equal(["DEPARTMENTS", "SO_XD"], a.Lead!.AgencyCodes);
        Assert.Equal(["VP_UBND", "RELATED_AGENCIES"], a.Coordinating!.AgencyCodes);
        Assert.Equal("Trung tâm PVHCC tỉnh", a.CoordinatingAgencies[0].Qualifier);
        Assert.Null(letter.Find("1.4")!.Lead);

        var decision = Data.FindPlan("954/QĐ-UBND")!;
        var health = decision.Find("2.1.a")!;
        Assert.Equal("2.1", health.ParentId);
        Assert.Equal(["SO_YT"], health.Lead!.AgencyCodes);
        Assert.Equal(["BHXH_KV24", "CA_TINH", "SO_KHCN", "DEPARTMENTS_AND_LOCALITIES"], health.Coordinating!.AgencyCodes);
        Assert.Equal("Năm 2025.", health.DeadlineText);
        Assert.StartsWith("Tổ chức quản lý, khai thác sử dụng Sổ sức khỏe điện tử", health.Text, StringComparison.Ordinal);

        var committee = Data.FindPlan("BCĐ-2025")!;
        var row = committee.Find("II.III.2")!;
        Assert.Equal("Hoàn thành các nền tảng số đảm bảo kết nối, liên thông", row.ExpectedResult);
        Assert.Null(row.Coordinating);
        Assert.Equal("QĐ 126/QĐ-BCĐCP", row.Remark);
        Assert.Equal("1.", committee.Find("IV.15")!.Label);
        Assert.Equal(["SO_TC", "SO_KHCN"], committee.Find("III.6")!.Lead!.AgencyCodes);
    }

    [Fact]
    public void Every_agency_cell_is_resolved_or_explicitly_reported()
    {
        var unresolved = Data.Plans.SelectMany(p => p.Tasks).SelectMany(t => new[] { t.Lead, t.Coordinating })
            .Where(c => c is not null).SelectMany(c => c!.Unresolved).ToList();
        var explicitCells = Data.Plans.SelectMany(p => p.Tasks).SelectMany(t => new[] { t.Lead, t.Coordinating })
            .Where(c => c?.Note is not null).Select(c => c!.Text).ToList();

        Assert.Empty(unresolved);
        Assert.Equal(2, explicitCells.Count);
    }

    [Fact]
    public void Every_row_points_to_where_its_text_stands_in_the_seed()
    {
        foreach (var plan in Data.Plans)
        {
            var lines = SeedFiles.Read(plan.Tasks[0].Source.Document).Split('\n');
            var whole = Collapse(string.Join(' ', lines));
            foreach (var task in plan.Tasks)
            {
                var line = task.Source.Line!.Value;
                Assert.InRange(line, 1, lines.Length);
                var around = Collapse(string.Join(' ', lines.Skip(line - 1).Take(4)));
                var head = Collapse(task.Text)[..Math.Min(25, Collapse(task.Text).Length)];
                Assert.True(around.Contains(head, StringComparison.Ordinal), $"{plan.Id} {task.Id}: '{head}' not near line {line}");
                Assert.Contains(Collapse(task.Text), whole, StringComparison.Ordinal);
            }
        }
    }

    private static string Collapse(string text) => Spaces().Replace(text.Replace('\u00a0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
