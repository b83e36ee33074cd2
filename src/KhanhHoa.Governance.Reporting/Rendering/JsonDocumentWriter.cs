using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// The report document as the JSON contract writes it (DocumentJson): every element once, in its order, enum values as
// camelCase names.
internal static class JsonDocumentWriter
{
    public static DocumentJson Of(ReportDocument document)
    {
        var header = document.Header;
        var closing = document.Closing;
        var signature = closing.Signature;
        return new DocumentJson(
            new DocumentHeaderJson(
                header.SyntheticBanner,
                header.DraftMark,
                header.ParentBody,
                header.IssuingBody,
                header.NumberAndSymbol,
                header.NationalName,
                header.Motto,
                header.PlaceAndDate,
                header.Title,
                header.Subject,
                header.PeriodLine,
                header.Addressees),
            [.. document.Body.Select(Block)],
            new DocumentClosingJson(closing.Sentence, closing.RecipientsHeading, closing.Recipients, new SignatureJson(signature.Authority, signature.Position, signature.SecondaryTitle, signature.SignerName)),
            [.. document.Annexes.Select(annex => new AnnexJson(annex.Number, annex.Title, annex.Reference, annex.Landscape, [.. annex.Blocks.Select(Block)]))],
            [.. document.Footnotes.Select(footnote => new FootnoteJson(footnote.Number, Inlines(footnote.Inlines)))]);
    }

    private static BlockJson Block(DocumentBlock block) => block switch
    {
        DocumentHeading heading => new BlockJson("heading", heading.Level, heading.Number, heading.Text, null, null, null, null, null, null, null, null),
        DocumentParagraph paragraph => new BlockJson("paragraph", null, null, null, Inlines(paragraph.Inlines), null, null, null, null, null, null, null),
        DocumentList list => new BlockJson(
            "list", null, null, null, null, list.Style == ListStyle.Lettered ? "lettered" : "dashed",
            [.. list.Items.Select(item => new ListItemJson(item.Marker, Inlines(item.Inlines)))], null, null, null, null, null),
        DocumentTable table => new BlockJson(
            "table", null, null, null, null, null, null,
            [.. table.Columns.Select(column => new ColumnJson(column.Header, Camel(column.Kind.ToString()), Camel(column.Alignment.ToString())))],
            HeaderRowsAbove(table),
            [.. table.Rows.Select(Cells)],
            table.Total is { } total ? Cells(total) : null,
            table.RepeatedColumn),
        _ => throw new InvalidOperationException($"unknown block {block.GetType().Name}"),
    };

    // The header rows above the columns' own headers (which "columns" holds), when the table has any.
    private static IReadOnlyList<IReadOnlyList<HeaderCellJson>>? HeaderRowsAbove(DocumentTable table) => table.HeaderRows.Count <= 1
        ? null
        : [.. table.HeaderRows.Take(table.HeaderRows.Count - 1).Select(static row => (IReadOnlyList<HeaderCellJson>)[.. row.Select(static cell => new HeaderCellJson(cell.Text, cell.Span))])];

    private static IReadOnlyList<string> Cells(TableRow row) => [.. row.Cells.Select(static cell => cell.Text)];

    private static IReadOnlyList<InlineJson> Inlines(IEnumerable<DocumentInline> inlines) => [.. inlines.Select(Inline)];

    private static InlineJson Inline(DocumentInline inline) => inline switch
    {
        TextRun run => new InlineJson("text", run.Text, Camel(run.Style.ToString()), null, null, null, null, null),
        FigureRun figure => new InlineJson("figure", figure.Text, null, JsonReportRenderer.Name(figure.Provenance), figure.Value, figure.IsRate, null, null),
        StatusRun judgement => new InlineJson("status", judgement.Text, null, null, null, null, JsonReportRenderer.Name(judgement.Status), null),
        FootnoteReference reference => new InlineJson("footnote", reference.Text, null, null, null, null, null, reference.Number),
        _ => new InlineJson("text", inline.Text, "plain", null, null, null, null, null),
    };

    // The enums' names as the contract writes its values: "plain", "lettered", "figure", "center".
    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
