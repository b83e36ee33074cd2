using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// Writes dossiers as an Excel workbook in the shape a one-door system exports them, through a column map: each
/// column under the map's first header, each value as the map's first word for it, times and due dates as date cells.
/// What <see cref="XlsxDossierReader"/> reads back through the same map gives the same store; hosts use it to make
/// test files for their own maps, the sample host to show a vendor's export. Rows are streamed into the package (no
/// document tree of the sheet); a stream that cannot be read back gets the package built in memory first.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads on different streams.</threadsafety>
public static class XlsxDossierWriter
{
    // Style 1: built-in 22 (date and time); style 2: built-in 14 (date).
    private const uint DateTimeStyle = 1;
    private const uint DateStyle = 2;

    private static readonly string[] Columns =
    [
        "dossier_id", "unit_code", "procedure_code", "service_level", "channel", "received_at", "due_date", "finished_at",
        "supplement_requests", "digitized", "e_result", "reused_data", "id_linked", "fee_required", "paid_online",
    ];

    /// <summary>Writes a workbook of one sheet.</summary>
    /// <param name="output">Where the .xlsx goes; not closed.</param>
    /// <param name="dossiers">The dossiers, one row each.</param>
    /// <param name="map">The export's headers and words; the contract's own when <see langword="null"/>.</param>
    /// <param name="sheet">The sheet's name.</param>
    public static void Write(Stream output, IEnumerable<DossierRecord> dossiers, DossierColumnMap? map = null, string sheet = "Danh sách hồ sơ")
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(dossiers);
        map ??= DossierColumnMap.Contract;

        // The package is built where it can be read back and rewritten (the SDK needs both), then copied out whole,
        // so a write-only stream (a file being staged, standard output) gets the workbook too.
        if (!output.CanRead || !output.CanSeek)
        {
            using var buffer = new MemoryStream();
            Write(buffer, dossiers, map, sheet);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill()),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            writer.WriteElement(new Row(Columns.Select(c => Text(map.Headers.GetValueOrDefault(c) is { Count: > 0 } headers ? headers[0] : c))) { RowIndex = 1 });
            var row = 2u;
            foreach (var dossier in dossiers)
            {
                writer.WriteElement(new Row(Cells(dossier, map)) { RowIndex = row++ });
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook.AppendChild(new Sheets(new Sheet { Name = sheet, SheetId = 1, Id = workbook.GetIdOfPart(part) }));
    }

    private static IEnumerable<Cell> Cells(DossierRecord d, DossierColumnMap map)
    {
        yield return Text(d.DossierId);
        yield return Text(d.UnitCode);
        yield return Text(d.ProcedureCode);
        yield return Text(Word(map, "service_level", d.ServiceLevel switch { ServiceLevel.Full => "full", ServiceLevel.Partial => "partial", _ => "none" }));
        yield return Text(Word(map, "channel", d.Channel switch { FilingChannel.Online => "online", FilingChannel.Postal => "postal", _ => "direct" }));
        yield return Date(d.ReceivedAt.ToDateTimeUnspecified(), DateTimeStyle);
        yield return Date(d.DueDate.ToDateTimeUnspecified(), DateStyle);
        yield return d.FinishedAt is { } finished ? Date(finished.ToDateTimeUnspecified(), DateTimeStyle) : new Cell();
        yield return new Cell { CellValue = new CellValue(d.SupplementRequests) };
        string[] flags = ["digitized", "e_result", "reused_data", "id_linked", "fee_required", "paid_online"];
        bool[] values = [d.Digitized, d.EResult, d.ReusedData, d.IdLinked, d.FeeRequired, d.PaidOnline];
        for (var i = 0; i < flags.Length; i++)
        {
            yield return Text(Word(map, flags[i], values[i] ? "1" : "0"));
        }
    }

    // The map's first word for a contract value (a non-empty one where it has one), else the contract's word.
    private static string Word(DossierColumnMap map, string column, string value) =>
        map.Values.GetValueOrDefault(column)?.Where(w => w.Value == value).Select(static w => w.Key).OrderBy(static w => w.Length == 0).FirstOrDefault() ?? value;

    private static Cell Text(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static Cell Date(DateTime value, uint style) => new() { StyleIndex = style, CellValue = new CellValue(value.ToOADate().ToString("R", CultureInfo.InvariantCulture)) };
}
