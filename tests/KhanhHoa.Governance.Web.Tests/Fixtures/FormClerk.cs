using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KhanhHoa.Governance.Web.Tests.Fixtures;

/// <summary>Fills a downloaded form as a clerk does in Excel: writes difficulties on their sheet and saves.</summary>
internal static class FormClerk
{
    private const string DifficultiesSheet = "Khó khăn, đề xuất";

    /// <summary>Writes <paramref name="topic"/> and <paramref name="text"/> on the first difficulty row of the form at <paramref name="path"/>, saved at <paramref name="saved"/> (UTC).</summary>
    public static void WriteDifficulty(string path, string topic, string text, DateTime saved)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == DifficultiesSheet);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        Text(worksheet, "A3", topic);
        Text(worksheet, "B3", text);

        // Excel records when it saved the file: the form's time of sending when its cell is left blank.
        document.PackageProperties.Modified = saved;
    }

    private static void Text(Worksheet worksheet, string reference, string text)
    {
        var cell = worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            var row = worksheet.Descendants<Row>().Single(r => r.RowIndex!.Value == uint.Parse(reference[1..], System.Globalization.CultureInfo.InvariantCulture));
            cell = new Cell { CellReference = reference };
            var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value, reference) < 0);
            if (after is null)
            {
                row.PrependChild(cell);
            }
            else
            {
                after.InsertAfterSelf(cell);
            }
        }

        cell.CellValue = null;
        cell.CellFormula = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
