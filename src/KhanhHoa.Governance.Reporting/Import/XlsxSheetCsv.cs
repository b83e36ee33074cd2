using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// One worksheet of a workbook written out as CSV, its XML streamed row by row out of the package the OpenXML SDK opens
/// (the sheet is never loaded whole): one CSV record per sheet row, field <c>i</c> in column <c>i</c>, so an error at a CSV line
/// and field names the sheet's row and cell. Line breaks inside a cell become spaces; a cell's cached value stands
/// for its formula; date-formatted numbers become <c>yyyy-MM-dd</c> or <c>yyyy-MM-dd HH:mm:ss</c>.
/// </summary>
internal sealed class XlsxSheetCsv
{
    /// <summary>The date forms the CSV uses, for the column map that reads it back.</summary>
    public static readonly string[] DateFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // A workbook part larger than this many characters (about 2 GB of XML) is refused, so a small zip that inflates
    // to a huge part fails fast instead of filling memory.
    private const long MaxCharactersInPart = 1L << 30;

    private XlsxSheetCsv(string sheet, MemoryStream csv, List<int> rows)
    {
        Sheet = sheet;
        Csv = csv;
        Rows = rows;
    }

    /// <summary>The sheet's name.</summary>
    public string Sheet { get; }

    /// <summary>The CSV, positioned at its start.</summary>
    public MemoryStream Csv { get; }

    /// <summary>The sheet row of each CSV line (index 0 is line 1).</summary>
    public List<int> Rows { get; }

    /// <summary>Reads the named sheet, or the first, of a workbook; a file that is not a readable workbook is one error.</summary>
    public static InputResult<XlsxSheetCsv> Read(Stream workbook, string? sheetName)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(workbook, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var part = document.WorkbookPart;
            var sheets = part?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheetName is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => s.Name?.Value == sheetName);
            if (part is null || sheet?.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart worksheet)
            {
                var names = string.Join(", ", sheets.Select(static s => $"'{s.Name?.Value}'"));
                return Fail(sheetName is null ? "the workbook has no worksheet" : $"the workbook has no sheet '{sheetName}' (its sheets: {names})");
            }

            var name = sheet.Name?.Value ?? "Sheet1";
            var strings = SharedStrings(part);
            var dateStyles = DateStyles(part);
            var csv = new MemoryStream();
            var rows = new List<int>();
            try
            {
                using var writer = new StreamWriter(csv, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                WriteRows(worksheet, strings, dateStyles, writer, rows);
            }
            catch (CellDamage damage)
            {
                csv.Dispose();
                return InputResult<XlsxSheetCsv>.ForErrors([new InputError(damage.Row, damage.Column, damage.Message) { Source = name, Cell = ColumnName(damage.Column) + damage.Row.ToString(CultureInfo.InvariantCulture) }]);
            }

            csv.Position = 0;
            return InputResult<XlsxSheetCsv>.ForValue(new XlsxSheetCsv(name, csv, rows));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or FormatException or ArgumentException)
        {
            // A broken zip, a part that is not XML or too large, a package that is not a workbook.
            return Fail($"not a readable Excel workbook (.xlsx): {e.Message}");
        }
    }

    /// <summary>The A1 name of a 1-based column: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private static InputResult<XlsxSheetCsv> Fail(string message) => InputResult<XlsxSheetCsv>.ForErrors([new InputError(0, 0, message)]);

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var xml = OpenXml(part);
        while (xml.ReadToFollowing("si", Main))
        {
            using var item = xml.ReadSubtree();
            strings.Add(InlineText(item));
        }

        return strings;
    }

    // A part's XML, read as it streams out of the package: no DTD, and no more characters than a part may hold.
    private static XmlReader OpenXml(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        MaxCharactersInDocument = MaxCharactersInPart,
        IgnoreComments = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    });

    // The text of a rich or plain string (<si>, <is>): its <t> runs, without the phonetic guides (<rPh>).
    private static string InlineText(XmlReader item)
    {
        var text = new StringBuilder();
        while (item.Read())
        {
            if (item.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (item.LocalName == "rPh")
            {
                item.Skip();
            }
            else if (item.LocalName == "t")
            {
                text.Append(item.ReadElementContentAsString());
            }
        }

        return text.ToString();
    }

    // The cell styles whose number format shows a date: the built-in date formats 14–22 and 45–47, and custom formats
    // with a day, month or year outside quotes, brackets and escapes.
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(static f => f.NumberFormatId?.Value is not null && IsDateFormat(f.FormatCode?.Value ?? string.Empty))
            .Select(static f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var styles = new HashSet<uint>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || custom.Contains(id))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    private static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (bracket && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && !bracket && char.ToLowerInvariant(c) is 'd' or 'y' or 'm')
            {
                return true;
            }
        }

        return false;
    }

    // One pass of one reader over the sheet's XML: a row starts, its cells fill the fields, the row's end writes them.
    private static void WriteRows(WorksheetPart worksheet, List<string> strings, HashSet<uint> dateStyles, StreamWriter csv, List<int> rows)
    {
        using var xml = OpenXml(worksheet);
        var fields = new List<string>();
        var cell = default(CellStart);
        var value = string.Empty;
        var inline = new StringBuilder();
        var inInline = false;
        var number = 0;
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "row":
                        number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : number + 1;
                        fields.Clear();
                        if (xml.IsEmptyElement)
                        {
                            EndRow(csv, rows, fields, number);
                        }

                        break;
                    case "c":
                        cell = new CellStart(
                            xml.GetAttribute("r") is { } reference ? ColumnOf(reference) : fields.Count + 1,
                            xml.GetAttribute("t"),
                            uint.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style) ? style : 0);
                        value = string.Empty;
                        inline.Clear();
                        if (xml.IsEmptyElement)
                        {
                            AddCell(fields, cell, number, Text(cell, number, value, null, strings, dateStyles));
                        }

                        break;
                    case "v":
                        value = xml.ReadElementContentAsString();
                        continue;
                    case "is":
                        inInline = !xml.IsEmptyElement;
                        break;
                    case "rPh":
                        xml.Skip();
                        continue;
                    case "t" when inInline:
                        inline.Append(xml.ReadElementContentAsString());
                        continue;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                switch (xml.LocalName)
                {
                    case "is":
                        inInline = false;
                        break;
                    case "c":
                        AddCell(fields, cell, number, Text(cell, number, value, inline.ToString(), strings, dateStyles));
                        break;
                    case "row":
                        EndRow(csv, rows, fields, number);
                        break;
                }
            }

            xml.Read();
        }
    }

    private static void AddCell(List<string> fields, CellStart cell, int row, string text)
    {
        // Cells come in column order (the file format requires it); one out of place would shift every field after it.
        if (cell.Column <= fields.Count)
        {
            throw new CellDamage(row, cell.Column, string.Create(CultureInfo.InvariantCulture,
                $"the cell comes after cell {ColumnName(fields.Count)}{row} in its row: the cells of a row must be in column order, each once (save the sheet again with Excel or LibreOffice)"));
        }

        while (fields.Count < cell.Column - 1)
        {
            fields.Add(string.Empty);
        }

        fields.Add(text);
    }

    private static void EndRow(StreamWriter csv, List<int> rows, List<string> fields, int number)
    {
        // Trailing empty cells are formatting, not data.
        while (fields.Count > 0 && fields[^1].Length == 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        if (fields.Count == 0)
        {
            return;
        }

        rows.Add(number);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Write(',');
            }

            WriteField(csv, fields[i]);
        }

        csv.Write('\n');
    }

    private readonly record struct CellStart(int Column, string? Type, uint Style);

    // Damage to one cell's XML: the read stops there and blames that cell.
    private sealed class CellDamage(int row, int column, string message) : Exception(message)
    {
        public int Row { get; } = row;

        public int Column { get; } = column;
    }

    // Excel's last column is XFD (16,384); a reference beyond it is damage, not data to pad up to.
    private const int LastColumn = 16_384;

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
            if (column > LastColumn)
            {
                throw new FormatException($"cell reference '{reference}' lies beyond column XFD");
            }
        }

        return Math.Max(column, 1);
    }

    private static string Text(CellStart cell, int row, string value, string? inline, List<string> strings, HashSet<uint> dateStyles)
    {
        switch (cell.Type)
        {
            case "s" when value.Length == 0:
                return string.Empty;
            case "s" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count:
                return strings[index];
            case "s":
                throw new CellDamage(row, cell.Column, string.Create(CultureInfo.InvariantCulture,
                    $"the cell points at shared string '{value}', which the workbook does not hold (it holds {strings.Count})"));
            case "inlineStr":
                return inline ?? string.Empty;
            case null or "n" when dateStyles.Contains(cell.Style)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466:
                var at = DateTime.FromOADate(serial).AddSeconds(0.5);
                return at.TimeOfDay.Ticks < TimeSpan.TicksPerSecond
                    ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            default:
                // Booleans, errors (#N/A), formula strings and plain numbers as Excel stores them.
                return value;
        }
    }

    private static void WriteField(StreamWriter csv, string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (flat.AsSpan().IndexOfAny(",\"") < 0)
        {
            csv.Write(flat);
            return;
        }

        csv.Write('"');
        csv.Write(flat.Replace("\"", "\"\"", StringComparison.Ordinal));
        csv.Write('"');
    }
}
