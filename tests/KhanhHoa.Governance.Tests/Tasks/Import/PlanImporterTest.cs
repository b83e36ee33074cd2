using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Tasks.Import;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Tasks.Import;

/// <summary>Tables as departments receive them (columns moved, added, missing; rows split; page breaks) and what the importer reports.</summary>
public class PlanImporterTest
{
    private static readonly string[] Header = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"];

    [Fact]
    public void Columns_in_another_order_are_found_by_their_header()
    {
        var task = ImportRows(["Thời hạn", "Đơn vị phối hợp", "TT", "Đơn vị chủ trì", "Nội dung, nhiệm vụ"], ["Tháng 6/2025", "Công an tỉnh", "1", "Sở Tư pháp", "Số hóa hộ tịch"]).Tasks.Single();

        Assert.Equal(("1", "Số hóa hộ tịch", "Sở Tư pháp", "Công an tỉnh"), (task.Id, task.Text, task.Lead!.Text, task.Coordinating!.Text));
        Assert.Equal(new LocalDate(2025, 6, 30), task.Deadline!.DueDate);
    }

    [Fact]
    public void An_extra_column_is_reported_and_not_read()
    {
        var import = Import(Document(Table([.. Header, "Kinh phí"], ["1", "Số hóa hộ tịch", "Sở Tư pháp", "Công an tỉnh", "Năm 2025", "500 triệu"])));

        Assert.Equal("Năm 2025", import.Plan.Tasks.Single().DeadlineText);
        Assert.Contains(import.Report.Ambiguities, f => f.Message.Contains("\"Kinh phí\"", StringComparison.Ordinal) && f.Message.Contains("not read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_a_coordinating_column_gives_tasks_without_one()
    {
        var task = ImportRows(["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành"], ["1", "Số hóa hộ tịch", "Sở Tư pháp", "Quý II/2025"]).Tasks.Single();

        Assert.Equal("Sở Tư pháp", task.Lead!.Text);
        Assert.Null(task.Coordinating);
        Assert.Equal(DeadlineKind.EndOfQuarter, task.Deadline!.Kind);
    }

    [Fact]
    public void A_row_split_over_two_table_rows_is_read_as_one_with_a_note()
    {
        var task = ImportRows(Header, ["1", "Số hóa hộ tịch", "Sở Tư pháp", "", "Năm 2025"], ["", "trên địa bàn tỉnh", "", "Công an tỉnh", ""]).Tasks.Single();

        Assert.Equal("Số hóa hộ tịch\ntrên địa bàn tỉnh", task.Text);
        Assert.Equal("Công an tỉnh", task.Coordinating!.Text);
        Assert.Contains(task.Notes, n => n.Contains("continues on the next table row", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_page_break_inside_a_table_continues_it(bool headerRepeated)
    {
        var second = headerRepeated ? Table(Header, ["2", "Làm sạch dữ liệu", "Công an tỉnh", "", "Thường xuyên"]) : Table(null, ["2", "Làm sạch dữ liệu", "Công an tỉnh", "", "Thường xuyên"]);

        var import = Import(Document(Table(Header, ["1", "Số hóa hộ tịch", "Sở Tư pháp", "", "Năm 2025"]), second));

        Assert.Equal(["1", "2"], import.Plan.Tasks.Select(t => t.Id));
        Assert.Contains(import.Plan.Notes, n => n.Contains("page break", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signature_table_after_the_tasks_is_not_read_as_their_continuation()
    {
        var import = Import(Document(Table(Header, ["1", "Số hóa hộ tịch", "Sở Tư pháp", "", "Năm 2025"]), Table(null, ["Nơi nhận:", "KT. CHỦ TỊCH"], ["- Như trên;", "Nguyễn Long Biên"])));

        Assert.Equal("Số hóa hộ tịch", import.Plan.Tasks.Single().Text);
        Assert.Contains(import.Plan.Notes, n => n.Contains("table 2, row 1", StringComparison.Ordinal) && n.Contains("not read", StringComparison.Ordinal));
    }

    [Fact]
    public void The_header_block_gives_number_date_type_and_title()
    {
        var plan = Import(Document(
            new DocumentParagraph("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", DocumentLocation.AtLine(1)),
            new DocumentParagraph("Số: 1234/KH-UBND", DocumentLocation.AtLine(2)),
            new DocumentParagraph("Khánh Hòa, ngày 05 tháng 9 năm 2025", DocumentLocation.AtLine(3)),
            new DocumentParagraph("KẾ HOẠCH", DocumentLocation.AtLine(4)),
            new DocumentParagraph("Chuyển đổi số năm 2025", DocumentLocation.AtLine(5)),
            Table(Header, ["1", "Số hóa hộ tịch", "Sở Tư pháp", "", "Tháng 10"])), new PlanImportOptions()).Plan;

        Assert.Equal("1234/KH-UBND", plan.Id);
        Assert.Equal((DocumentType.Plan, new LocalDate(2025, 9, 5), "Chuyển đổi số năm 2025", "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"), (plan.Directive.Type!.Value, plan.Directive.IssuedOn!.Value, plan.Directive.Subject, plan.Directive.Issuer));
        Assert.Equal(new LocalDate(2025, 10, 31), plan.Tasks.Single().Deadline!.DueDate);
    }

    [Fact]
    public void Unresolved_agencies_and_unreadable_deadlines_are_reported()
    {
        var import = Import(Document(Table(Header, ["1", "Số hóa hộ tịch", "Ban Quản lý vịnh Vân Phong", "", "khi có kinh phí"])));

        Assert.Contains(import.Report.UnresolvedAgencies, f => f.Field == "task 1" && f.Severity == InputSeverity.Warning && f.Message.Contains("Vân Phong", StringComparison.Ordinal));
        Assert.Contains(import.Report.UnreadableDeadlines, f => f.Field == "task 1");
        Assert.Contains(import.Plan.Tasks.Single().Notes, n => n.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void In_text_a_single_agency_line_is_read_as_the_lead_with_a_note()
    {
        var task = ImportText("KẾ HOẠCH\nNăm 2025\nTT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n1\nSố hóa hộ tịch\nSở Tư pháp\nNăm 2025\n").Tasks.Single();

        Assert.Equal(("Sở Tư pháp", null, "Năm 2025"), (task.Lead!.Text, task.Coordinating, task.DeadlineText));
        Assert.Contains(task.Notes, n => n.StartsWith("Only one agency cell", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Không có bảng nào ở đây.\nNăm 2025", "no task table")]
    [InlineData("TT\nNhiệm vụ\nĐơn vị chủ trì\n1\nViệc một\nSở Tư pháp\n1\nViệc hai\nSở Tư pháp", "the year deadlines refer to")]
    public void A_document_the_importer_cannot_read_gives_located_errors_and_no_plan(string text, string error)
    {
        var result = PlanImporter.ImportText(text, "bad.txt", GovernanceData.Default.Agencies, new PlanImportOptions { PlanId = "X" });

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Message.Contains(error, StringComparison.Ordinal) && e.Source == "bad.txt");
    }

    // Numbering has no width limit a plan reaches: a table of 1,002 rows gives 1,002 tasks (row 1000 was once glued onto
    // row 999), and body tasks 99 to 101 are all read (100 and 101 were once dropped without a finding).
    [Fact]
    public void Task_numbers_past_999_in_a_table_and_past_99_in_the_body_are_tasks()
    {
        var rows = Enumerable.Range(1, 1002).Select(static i => new[] { i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Việc {i}", "Sở Tư pháp", "", "Năm 2025" }).ToArray();
        var table = ImportRows(Header, rows);
        Assert.Equal(1002, table.Tasks.Count);
        Assert.Equal(("1000", "Việc 1000"), (table.Tasks[999].Id, table.Tasks[999].Text));

        var body = string.Concat(Enumerable.Range(99, 3).Select(static i => $"{i}. Việc {i}\nCơ quan chủ trì: Sở Tư pháp\nThời hạn: Năm 2025\n"));
        var plan = PlanImporter.ImportText("QUYẾT ĐỊNH\nNăm 2025\n" + body, "body.txt", GovernanceData.Default.Agencies, Options).GetValueOrThrow().Plan;
        Assert.Equal(["99", "100", "101"], plan.Tasks.Select(static t => t.Id));
    }

    // Text extracted from a PDF (every line ending in a space, blank lines between): a numbered heading without a full
    // stop that stops short of the line's width ends before the capital letter of its task's first sentence, and the
    // task reads with a full stop there while its text stays as printed (the August letter's heading 6 once read
    // "chuyển đổi số Bố trí"); a line broken at the margin still joins the next, capital or not.
    [Fact]
    public void A_heading_without_a_full_stop_in_wrapped_text_ends_before_its_task_s_sentence()
    {
        string[] lines =
        [
            "QUYẾT ĐỊNH", "Năm 2025",
            "6. Cơ chế tài chính, đầu tư khoa học, công nghệ, chuyển đổi số",
            "Bố trí, điều chuyển nguồn lực cho nhiệm vụ khoa học, công nghệ, đổi mới",
            "sáng tạo, chuyển đổi số và Đề án 06 theo thứ tự ưu tiên; đảm bảo kinh phí vận",
            "hành nền tảng số dùng chung và chi thường xuyên.",
            "Chủ trì: Sở Tài chính.", "Thời hạn: Năm 2025.",
            "7. Kiểm tra, chấn chỉnh, chấm dứt tình trạng cò làm giấy tờ tại Trung tâm Phục vụ",
            "Hành chính công tỉnh.",
            "Chủ trì: Sở Tư pháp.", "Thời hạn: Năm 2025.",
        ];
        var plan = PlanImporter.ImportText(string.Concat(lines.Select(static line => line + " \n\n")), "letter.txt", GovernanceData.Default.Agencies, Options).GetValueOrThrow().Plan;

        Assert.Equal(
            [
                "Cơ chế tài chính, đầu tư khoa học, công nghệ, chuyển đổi số. Bố trí, điều chuyển nguồn lực cho nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 theo thứ tự ưu tiên; đảm bảo kinh phí vận hành nền tảng số dùng chung và chi thường xuyên.",
                "Kiểm tra, chấn chỉnh, chấm dứt tình trạng cò làm giấy tờ tại Trung tâm Phục vụ Hành chính công tỉnh.",
            ],
            plan.Tasks.Select(static t => t.ReadingText));
        Assert.StartsWith("Cơ chế tài chính, đầu tư khoa học, công nghệ, chuyển đổi số Bố trí, điều chuyển", plan.Tasks[0].Text, StringComparison.Ordinal);
        Assert.Equal(new TextCorrection("số Bố", "số. Bố"), Assert.Single(plan.Tasks[0].Corrections));
        Assert.Empty(plan.Tasks[1].Corrections);
    }

    // A table with its header and only empty rows was written as a plan of 0 tasks with exit 0.
    [Fact]
    public void A_task_table_of_empty_rows_rejects_the_document()
    {
        var result = PlanImporter.Import(Document(Table(Header, ["", "", "", "", ""], ["", "", "", "", ""])), GovernanceData.Default.Agencies, Options);

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Message == "the task table has no task: every row under its header is empty");
    }

    [Fact]
    public void Two_rows_with_one_id_reject_the_document_at_the_second_row()
    {
        var result = PlanImporter.Import(Document(Table(Header, ["1", "Việc một", "Sở Tư pháp", "", "Năm 2025"], ["1.1", "Việc hai", "Sở Tư pháp", "", "Năm 2025"]), Table(null, ["1.1", "Việc ba", "Sở Tư pháp", "", "Năm 2025"])), GovernanceData.Default.Agencies, Options);

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Message.Contains("duplicate task id '1.1'", StringComparison.Ordinal) && e.Field == "table 2, row 1");
    }

    private static readonly PlanImportOptions Options = new() { PlanId = "test", ContextYear = 2025 };

    private static Plan ImportRows(string[] header, params string[][] rows) => Import(Document(Table(header, rows))).Plan;

    private static Plan ImportText(string text) => PlanImporter.ImportText(text, "test.txt", GovernanceData.Default.Agencies, new PlanImportOptions { PlanId = "test" }).GetValueOrThrow().Plan;

    private static PlanImport Import(PlanDocument document, PlanImportOptions? options = null) => PlanImporter.Import(document, GovernanceData.Default.Agencies, options ?? Options).GetValueOrThrow();

    private static PlanDocument Document(params DocumentBlock[] blocks)
    {
        var table = 0;
        return new PlanDocument("test.docx", [.. blocks.Select(b => b is DocumentTable t ? Renumber(t, ++table) : b)]);
    }

    // Word locations: the table's number in the document, each row's number in its table.
    private static DocumentTable Renumber(DocumentTable table, int number) =>
        new([.. table.Rows.Select((r, i) => r with { Location = DocumentLocation.InTable(number, i + 1) })], DocumentLocation.InTable(number, 1));

    private static DocumentTable Table(string[]? header, params string[][] rows) =>
        new([.. (header is null ? rows : rows.Prepend(header)).Select(r => new DocumentRow([.. r.Select(c => new DocumentCell(c.Length == 0 ? [] : [c]))], DocumentLocation.InTable(0, 0), Positioned: true))], DocumentLocation.InTable(0, 0));
}
