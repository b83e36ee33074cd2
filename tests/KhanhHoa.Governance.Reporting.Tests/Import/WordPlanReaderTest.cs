using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Tasks.Import;

namespace KhanhHoa.Governance.Reporting.Tests.Import;

/// <summary>What Word does to a table that text extraction loses: merged cells, cell paragraphs, footnote references.</summary>
public class WordPlanReaderTest
{
    [Fact]
    public void A_cell_merged_down_gives_its_text_to_every_row_it_covers()
    {
        var plan = Import(
            Row("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"),
            Row(Cell("1"), Cell("Số hóa sổ hộ tịch"), Cell("Sở Tư pháp", new VerticalMerge { Val = MergedCellValues.Restart }), Cell("Năm 2025")),
            Row(Cell("2"), Cell("Cấp bản sao điện tử"), Cell(string.Empty, new VerticalMerge()), Cell("Quý IV/2025")));

        Assert.Equal(["Sở Tư pháp", "Sở Tư pháp"], plan.Tasks.Select(t => t.Lead!.Text));
    }

    [Fact]
    public void A_cell_merged_across_columns_keeps_the_columns_after_it_in_place()
    {
        var plan = Import(
            Row("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
            Row(Cell("1"), Cell("Số hóa sổ hộ tịch"), Cell("Sở Tư pháp", new GridSpan { Val = 2 }), Cell("Năm 2025")));

        var task = plan.Tasks.Single();
        Assert.Equal(("Sở Tư pháp", null, "Năm 2025"), (task.Lead!.Text, task.Coordinating, task.DeadlineText));

        // Every cell stood in its column: nothing had to be placed by its content.
        Assert.Empty(task.Notes);
    }

    [Fact]
    public void Paragraphs_of_a_cell_are_its_lines_and_a_footnote_reference_prints_as_its_marker()
    {
        var text = new TableCell(
            new Paragraph(new Run(new Text("Triển khai 23 mô hình"), new FootnoteReference { Id = 2 })),
            new Paragraph(new Run(new Text("- theo Kế hoạch phối hợp"))));
        var plan = Import(
            Row("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"),
            Row(Cell("1"), text, Cell("Công an tỉnh"), Cell("Thường xuyên")));

        var task = plan.Tasks.Single();
        Assert.Equal("Triển khai 23 mô hình [2]\n- theo Kế hoạch phối hợp", task.Text);
        Assert.Contains(task.Notes, n => n.Contains("[2]", StringComparison.Ordinal));
    }

    private static KhanhHoa.Governance.Tasks.Plan Import(params TableRow[] rows)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("Số: 7/KH-UBND"))), new Table(rows)));
        }

        var document = WordPlanReader.Read(buffer.ToArray(), "plan.docx").GetValueOrThrow();
        return PlanImporter.Import(document, GovernanceData.Default.Agencies, new PlanImportOptions { ContextYear = 2025 }).GetValueOrThrow().Plan;
    }

    private static TableRow Row(params string[] cells) => new(cells.Select(static c => Cell(c)));

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, params OpenXmlElement[] properties) =>
        new(new TableCellProperties(properties), new Paragraph(new Run(new Text(text))));
}
