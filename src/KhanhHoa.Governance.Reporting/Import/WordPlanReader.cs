using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Tasks.Import;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// Reads a Word file (.docx) into a <see cref="PlanDocument"/> for <see cref="PlanImporter"/>: the body's
/// paragraphs and tables in order, each cell as its paragraphs (bullet lines included), cells merged across columns
/// (gridSpan) followed by empty cells so every cell keeps its column, and cells merged down (vMerge) carrying the text
/// of the cell they continue. Footnote references print as "[n]", as text extraction gives them.
/// </summary>
/// <remarks>
/// The OpenXML SDK stays in this package: the core library reads the same documents as text, and both readers
/// hand the importer the same structure, so there is one reading of headers and rows.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
internal static class WordPlanReader
{
    /// <summary>Reads a Word file; never throws on a damaged or hostile file.</summary>
    /// <param name="docx">The file's bytes.</param>
    /// <param name="name">The file name, kept for task sources and error locations.</param>
    /// <returns>The document, or one located error saying why the file is not a readable Word document.</returns>
    public static InputResult<PlanDocument> Read(byte[] docx, string name)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(name);
        try
        {
            using var stream = new MemoryStream(docx, writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false);
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return Fail(name, "the file has no document body (word/document.xml)");
            }

            return InputResult<PlanDocument>.ForValue(new PlanDocument(name, Blocks(body)));
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException
            or IOException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            // A damaged zip, a part that is not XML, a package without the Word content type …
            return Fail(name, $"not a readable Word document (.docx): {e.Message}");
        }
    }

    private static InputResult<PlanDocument> Fail(string name, string message) =>
        InputResult<PlanDocument>.ForErrors([new InputError(0, 0, message) { Source = name }]);

    private static List<DocumentBlock> Blocks(Body body)
    {
        var blocks = new List<DocumentBlock>();
        var paragraphs = 0;
        var tables = 0;
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    paragraphs++;
                    var text = Text(paragraph);
                    if (text.Trim().Length > 0)
                    {
                        blocks.Add(new DocumentParagraph(text.Trim(), DocumentLocation.AtLine(paragraphs)));
                    }

                    break;
                case Table table:
                    tables++;
                    blocks.Add(ReadTable(table, tables));
                    break;
            }
        }

        return blocks;
    }

    private static DocumentTable ReadTable(Table table, int number)
    {
        var rows = new List<DocumentRow>();

        // The text of the cell that starts a vertical merge, by grid column, for the cells that continue it.
        var mergedDown = new Dictionary<int, DocumentCell>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<DocumentCell>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, 64);
                var column = cells.Count;
                var read = new DocumentCell([.. cell.Elements<Paragraph>().Select(Text).Where(static t => t.Trim().Length > 0)]);
                if (properties?.VerticalMerge is { } merge)
                {
                    if (merge.Val is null || merge.Val.Value == MergedCellValues.Continue)
                    {
                        read = mergedDown.GetValueOrDefault(column, new DocumentCell([]));
                    }
                    else
                    {
                        mergedDown[column] = read;
                    }
                }
                else
                {
                    mergedDown.Remove(column);
                }

                cells.Add(read);
                for (var extra = 1; extra < span; extra++)
                {
                    cells.Add(new DocumentCell([]));
                }
            }

            rows.Add(new DocumentRow(cells, DocumentLocation.InTable(number, rows.Count + 1), Positioned: true));
        }

        return new DocumentTable(rows, DocumentLocation.InTable(number, 1));
    }

    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break:
                    text.Append('\n');
                    break;
                case FootnoteReference footnote:
                    text.Append(" [").Append(footnote.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                    break;
            }
        }

        return text.ToString().Normalize(NormalizationForm.FormC);
    }
}
