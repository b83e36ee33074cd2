using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhanhHoa.Governance.Reporting.Tests;

// The Markdown report's tables read back as GitHub renders them (Markdig with GitHub's table, strikethrough and autolink
// rules): whatever a cell's text holds, every row keeps the header's cells and each cell shows the text it was given.
public class MarkdownTableTest
{
    private static readonly MarkdownPipeline GitHub = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras(EmphasisExtraOptions.Strikethrough).UseAutoLinks().Build();

    // Texts made of what breaks a table or turns into markup, Vietnamese letters and any other character but NUL (which
    // CommonMark replaces by U+FFFD, and which no report text holds).
    private static readonly Gen<string> CellText = Gen.Frequency(
            (6, Gen.Elements("|", "\\", "\n", "\r\n", "\r", " ", "  ", "\t", "<br>", "<b>", "&amp;", "&#32;", "*", "_", "~~", "`", "[", "](x)", "#", "!", "-", ":", "1.", "http://a.vn", "www.a.vn", "đ", "Sở Tư pháp", "114", "\u2028", "\u00a0", "\u3000")),
            (1, ArbMap.Default.GeneratorFor<char>().Where(c => c != '\0').Select(c => c.ToString())))
        .ListOf()
        .Select(parts => string.Concat(parts));

    [Property(MaxTest = 300)]
    public Property Every_row_has_the_header_cells_and_every_cell_reads_back()
    {
        var table = Gen.Choose(1, 5).SelectMany(columns => CellText.ArrayOf(columns).ArrayOf().SelectMany(rows => CellText.ArrayOf(columns).Select(header => (header, rows))));
        return Prop.ForAll(table.ToArbitrary(), t =>
        {
            var md = new StringBuilder();
            MarkdownDocumentWriter.Table(md, t.header, t.rows);
            var read = Tables(md.ToString()).Single();
            return Same([Expected(t.header), .. t.rows.Select(Expected)], read);
        });
    }

    [Property(MaxTest = 50)]
    public Property Every_table_of_the_report_keeps_its_columns_whatever_a_task_says()
    {
        var sample = SampleReport.Build();
        var task = CellText.SelectMany(title => CellText.Select(agency => new OverdueTask("1", "3433/KH-UBND", title, agency, new LocalDate(2025, 3, 31), 114, Provenance.Reported)));
        return Prop.ForAll(task.NonEmptyListOf().ToArbitrary(), tasks =>
        {
            var report = sample with { Tasks = sample.Tasks with { Overdue = [.. tasks] } };
            var tables = Tables(MarkdownReportRenderer.ToMarkdown(report));
            var overdue = tables.Single(rows => rows[0].SequenceEqual(ReportText.OverdueColumns));
            return tables.All(rows => rows.All(row => row.Count == rows[0].Count)).Label("every row has the header's cells")
                .And(Same([.. tasks.Select(ReportText.OverdueCells).Select(Expected)], [.. overdue.Skip(1)]));
        });
    }

    [Fact]
    public void A_line_break_in_a_task_is_a_line_break_in_its_cell()
    {
        var sample = SampleReport.Build();
        var task = new OverdueTask("59", "3433/KH-UBND", "Ban hành Quyết định;\ntập trung chỉ đạo", "Sở Khoa học và Công nghệ", new LocalDate(2025, 3, 31), 114, Provenance.Reported);
        var markdown = MarkdownReportRenderer.ToMarkdown(sample with { Tasks = sample.Tasks with { Overdue = [task] } });
        Assert.Contains("| 59 | Ban hành Quyết định;<br>tập trung chỉ đạo | 3433/KH-UBND |", markdown, StringComparison.Ordinal);
    }

    // A cell reads back with its line breaks as a reader's newlines.
    private static List<string> Expected(string[] cells) => [.. cells.Select(cell => cell.ReplaceLineEndings("\n"))];

    // Every table of the document as rows of cell texts.
    private static List<List<List<string>>> Tables(string markdown) =>
    [
        .. Markdown.Parse(markdown, GitHub).Descendants<Table>().Select(table => table.OfType<TableRow>()
            .Select(row => row.OfType<TableCell>().Select(cell => string.Concat(cell.Descendants<ParagraphBlock>().Select(p => Text(p.Inline)))).ToList())
            .ToList()),
    ];

    // The text a reader sees in a cell; any markup the writer did not mean (emphasis, code, a tag other than the line
    // break) shows as a mark, so that the cell no longer reads back.
    private static string Text(Inline? inline) => inline switch
    {
        null => string.Empty,
        LiteralInline literal => literal.Content.ToString(),
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        HtmlInline { Tag: "<br>" } => "\n",
        LinkInline { IsAutoLink: true } link => string.Concat(link.Select(Text)),
        ContainerInline container when container.GetType() == typeof(ContainerInline) => string.Concat(container.Select(Text)),
        _ => $"\u0001{inline.GetType().Name}\u0001",
    };

    // The rows read back are those written, or the first cell that differs as a label.
    private static Property Same(List<List<string>> expected, List<List<string>> read)
    {
        var rows = expected.Count == read.Count ? string.Empty : $"{read.Count} rows read back for {expected.Count}";
        var cell = expected.Zip(read).SelectMany((pair, row) => pair.First.Count != pair.Second.Count
                ? [$"row {row}: {pair.Second.Count} cells for {pair.First.Count}"]
                : pair.First.Zip(pair.Second).Where(c => c.First != c.Second).Select(c => $"row {row}: {Show(c.First)} read back as {Show(c.Second)}"))
            .FirstOrDefault();
        return (rows.Length == 0 && cell is null).Label(rows.Length > 0 ? rows : cell ?? string.Empty);
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
