using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Reporting.Tests.Import;

/// <summary>
/// Builds the Word file a department receives for a plan: the header block as a layout table (issuer and number
/// beside the motto and the date), "KẾ HOẠCH" and the title, then one task table per appendix ("Phụ lục I" …) whose
/// header merges "Đơn vị thực hiện" over "Chủ trì" and "Phối hợp" (gridSpan) and the other header cells down two
/// rows (vMerge), with cells of several paragraphs where the plan prints several lines.
/// </summary>
internal static class WordPlanFixtures
{
    private const string AppendixHeading = "Appendix heading.";

    /// <summary>The .docx bytes of <paramref name="plan"/>'s document; <paramref name="inBody"/> writes its tasks as numbered paragraphs with "Cơ quan chủ trì: …" lines, as letters and decisions do.</summary>
    public static byte[] Build(Plan plan, bool inBody = false)
    {
        var withResult = plan.Tasks.Any(static t => t.ExpectedResult is not null);
        var withRemark = plan.Tasks.Any(static t => t.Remark is not null);
        var appendices = plan.Tasks.Any(static t => t.Notes.Contains(AppendixHeading));
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            word.AddMainDocumentPart().Document = new Document(body);
            var date = plan.Directive.IssuedOn is { } d
                ? string.Create(CultureInfo.InvariantCulture, $"Khánh Hòa, ngày {d.Day} tháng {d.Month} năm {d.Year}")
                : "Khánh Hòa, ngày      tháng      năm " + plan.ContextYear.ToString(CultureInfo.InvariantCulture);
            body.Append(Layout(
                [plan.Directive.Issuer ?? "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                ["Số: " + plan.Directive.Number, date]));
            body.Append(Paragraph(TypeHeading(plan)), Paragraph(plan.Directive.Subject ?? string.Empty));
            if (inBody)
            {
                body.Append(plan.Tasks.SelectMany(BodyParagraphs));
                return Save(word, buffer);
            }

            Table? table = null;
            foreach (var task in plan.Tasks)
            {
                if (task.Notes.Contains(AppendixHeading))
                {
                    body.Append(Paragraph("Phụ lục " + task.Id), Paragraph(task.Text));
                    table = null;
                    continue;
                }

                if (table is null)
                {
                    table = Header(withResult, withRemark);
                    body.Append(table);
                }

                string?[] cells = [task.Label ?? (appendices ? string.Empty : task.Id), task.Text, task.Lead?.Text, task.Coordinating?.Text];
                cells = [.. cells, .. withResult ? [task.ExpectedResult] : Array.Empty<string?>(), task.DeadlineText, .. withRemark ? [task.Remark] : Array.Empty<string?>()];
                table.Append(new TableRow(cells.Select(static c => Cell(c ?? string.Empty))));
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Save(WordprocessingDocument word, MemoryStream buffer)
    {
        word.Dispose();
        return buffer.ToArray();
    }

    private static string TypeHeading(Plan plan) =>
        DocumentTypeTable.VietnameseNames.FirstOrDefault(p => p.Value == plan.Directive.Type && p.Value is not null).Key?.ToUpperInvariant() ?? "KẾ HOẠCH";

    // "1.4.a" is item "a)" under 1.4; its fields follow as labelled lines, a deadline of several lines as "+" lines.
    private static IEnumerable<Paragraph> BodyParagraphs(PlanTask task)
    {
        var last = task.Id[(task.Id.LastIndexOf('.') + 1)..];
        yield return Paragraph(char.IsAsciiLetter(last[0]) ? $"{last}) {task.Text}" : $"{task.Id}. {task.Text}");
        foreach (var (label, value) in new[] { ("Nội dung thực hiện", task.Content), ("Cơ quan chủ trì", task.Lead?.Text), ("Cơ quan phối hợp", task.Coordinating?.Text), ("Thời hạn", task.DeadlineText) })
        {
            if (value is null)
            {
                continue;
            }

            var lines = value.Split('\n');
            var multi = lines.Length > 1 && lines.All(static l => l.StartsWith('+'));
            yield return Paragraph($"- {label}: {(multi ? string.Empty : value)}");
            foreach (var line in multi ? lines : [])
            {
                yield return Paragraph(line);
            }
        }
    }

    private static Table Header(bool withResult, bool withRemark)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })));
        var first = new List<TableCell> { Down("TT", true), Down("Nhiệm vụ", true), Cell("Đơn vị thực hiện", new GridSpan { Val = 2 }) };
        var second = new List<TableCell> { Down(null, false), Down(null, false), Cell("Chủ trì"), Cell("Phối hợp") };
        if (withResult)
        {
            first.Add(Down("Kết quả", true));
            second.Add(Down(null, false));
        }

        first.Add(Down("Thời gian hoàn thành", true));
        second.Add(Down(null, false));
        if (withRemark)
        {
            first.Add(Down("Lưu ý", true));
            second.Add(Down(null, false));
        }

        table.Append(new TableRow(first), new TableRow(second));
        return table;
    }

    private static TableCell Down(string? text, bool restart) =>
        Cell(text ?? string.Empty, new VerticalMerge { Val = restart ? MergedCellValues.Restart : MergedCellValues.Continue });

    private static Table Layout(params string[][] rows) =>
        new(rows.Select(static r => new TableRow(r.Select(static c => Cell(c)))));

    // Each line of a cell is a paragraph of its own, as a department types bullet lines.
    private static TableCell Cell(string text, params OpenXmlElement[] properties)
    {
        var cell = new TableCell(new TableCellProperties(properties));
        cell.Append(text.Split('\n').Select(Paragraph));
        return cell;
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
