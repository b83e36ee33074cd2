using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;
using NodaTime.Extensions;
using static KhanhHoa.Governance.Reporting.Import.SubmissionFormLayout;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// Reads a form written by <see cref="SubmissionFormWriter"/> and filled in by a unit, and checks the submission at the
/// desk: all or nothing, every error naming its sheet (<see cref="InputError.Source"/>) and cell
/// (<see cref="InputError.Cell"/>, <c>D12</c>). The time of sending is the <c>submitted_at</c> cell, else the file's own
/// last-saved time (Vietnam time), never the clock of the machine that reads it.
/// </summary>
/// <remarks>
/// Refused: a file that is not a workbook (one error), a missing or renamed sheet, a changed unit, period or data set
/// cell, a deleted element row, a formula or an error value where a value belongs, external references; values are
/// checked for type and bounds by the desk. Each part of the package may hold at most 16 million characters of XML, so a
/// zip bomb or a huge shared-strings part is refused in bounded memory.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads on different streams.</threadsafety>
public static class SubmissionFormReader
{
    // A filled form is a few hundred kilobytes of XML; anything past this is not one.
    private const long MaxCharactersInPart = 16L << 20;

    // Vietnam keeps UTC+7 all year; the package stores its times in UTC.
    private static readonly Offset VietnamTime = Offset.FromHours(7);

    /// <summary>Reads a filled form and checks its submission at <paramref name="desk"/>.</summary>
    /// <param name="workbook">The .xlsx file's bytes; read, not closed. A stream that cannot seek is copied to memory first.</param>
    /// <param name="desk">The door the submission is checked at.</param>
    /// <returns>The accepted submission with its findings, or every error, located by sheet and cell.</returns>
    public static InputResult<CheckedSubmission> Read(Stream workbook, SubmissionDesk desk)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(desk);
        using var seekable = workbook.CanSeek ? null : new MemoryStream();
        if (seekable is not null)
        {
            workbook.CopyTo(seekable);
            seekable.Position = 0;
        }

        try
        {
            using var document = SpreadsheetDocument.Open(seekable ?? workbook, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            return new FormRead(document, desk).Run();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException
                                      or FormatException or ArgumentException or NotSupportedException or OverflowException or InvalidCastException)
        {
            // A broken zip, a part that is not XML or too large, a package that is not a workbook.
            return InputResult<CheckedSubmission>.ForErrors([new InputError(0, 0, SubmissionMessages.Format(desk.Language, "form.notWorkbook", e.Message))]);
        }
    }

    /// <summary>Reads a filled form file and checks its submission at <paramref name="desk"/>.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="desk">The door the submission is checked at.</param>
    /// <returns>The accepted submission, or every error.</returns>
    public static InputResult<CheckedSubmission> ReadFile(string path, SubmissionDesk desk)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, desk);
    }

    // One reading of one form: the sheets' cells, the errors found, and where each item of the submission came from.
    private sealed class FormRead(SpreadsheetDocument document, SubmissionDesk desk)
    {
        private readonly List<InputError> errors = [];
        private readonly List<int> figureRows = [];
        private readonly List<int> progressRows = [];
        private readonly List<int> difficultyRows = [];
        private readonly Dictionary<string, Dictionary<string, int>> headers = [];
        private List<string> sharedStrings = [];
        private HashSet<uint> percentStyles = [];

        public InputResult<CheckedSubmission> Run()
        {
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook?.Sheets is not { } sheetList)
            {
                return Fail(Say("form.noWorkbook"));
            }

            if (workbook.ExternalWorkbookParts.Any())
            {
                return Fail(Say("form.external"));
            }

            sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
            percentStyles = PercentStyles(workbook);
            var declared = sheetList.Elements<Sheet>().ToList();
            var sheets = new Dictionary<string, Dictionary<string, Cell>>(StringComparer.Ordinal);
            foreach (var name in SheetOrder)
            {
                var sheet = declared.FirstOrDefault(s => s.Name?.Value == name);
                if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    var others = string.Join(", ", declared.Select(static s => s.Name?.Value).Where(n => !SheetOrder.Contains(n)).Select(static n => $"'{n}'"));
                    errors.Add(new InputError(0, 0, Say("form.sheetMissing", name, others.Length > 0 ? Say("form.sheetOthers", others) : string.Empty)) { Source = name });
                    continue;
                }

                sheets[name] = Cells(part);
            }

            if (errors.Count > 0)
            {
                return InputResult<CheckedSubmission>.ForErrors(errors);
            }

            var submission = Submission(sheets, workbook);
            if (errors.Count > 0 || submission is null)
            {
                return InputResult<CheckedSubmission>.ForErrors(errors);
            }

            return desk.Check(submission, Locate);
        }

        private Submission? Submission(Dictionary<string, Dictionary<string, Cell>> sheets, WorkbookPart workbook)
        {
            var top = sheets[FiguresSheet];
            var unitCode = Text(top, FiguresSheet, UnitCell);
            var periodId = Text(top, FiguresSheet, PeriodCell);
            var dataSetCode = Text(top, FiguresSheet, DataSetCell);
            CheckIssuedFor(workbook, unitCode, dataSetCode, periodId);
            var dataSet = desk.DataSets.Find(dataSetCode);
            if (dataSet is null)
            {
                Error(FiguresSheet, DataSetCell, "data_set", Say("header.unknownDataSet", dataSetCode));
                return null;
            }

            var period = SubmissionFields.ParsePeriod(periodId, dataSet);
            if (period.TryPickT1(out var periodError, out var reportingPeriod))
            {
                Error(FiguresSheet, PeriodCell, "period", periodError.Message);
            }

            var sentAt = SubmittedAt(top);
            var sender = Optional(Text(top, FiguresSheet, SenderCell));
            // The form lists the unit's own elements (DataSet.ElementsOf); an unknown unit's is for the desk to refuse.
            var figures = Figures(top, desk.Units.Find(unitCode) is { } unit ? dataSet.ElementsOf(unit.Code, unit.Kind) : dataSet.Elements);
            var progress = Progress(sheets[TasksSheet]);
            var difficulties = Difficulties(sheets[DifficultiesSheet]);
            return errors.Count > 0 || sentAt is not { } sent
                ? null
                : new Submission
                {
                    UnitCode = unitCode, DataSetCode = dataSet.Code, Period = reportingPeriod, SubmittedAt = sent, Sender = sender,
                    Figures = figures, Progress = progress, Difficulties = difficulties,
                };
        }

        // The statement cells must say what the form was issued for; a clerk's edit would file the figures elsewhere.
        private void CheckIssuedFor(WorkbookPart workbook, string unit, string dataSet, string period)
        {
            var mark = workbook.Workbook.DefinedNames?.Elements<DefinedName>().FirstOrDefault(static d => d.Name?.Value == IssuedForName)?.Text;
            if (mark is null)
            {
                Error(FiguresSheet, UnitCell, "unit_code", Say("form.markMissing", IssuedForName));
                return;
            }

            var issued = mark.Trim('"').Split('|');
            (string Cell, string Field, string Value, string Label)[] statement =
                [(UnitCell, "unit_code", unit, "unit"), (DataSetCell, "data_set", dataSet, "data set"), (PeriodCell, "period", period, "period")];
            for (var i = 0; i < statement.Length; i++)
            {
                var expected = i < issued.Length ? issued[i] : string.Empty;
                if (statement[i].Value != expected)
                {
                    Error(FiguresSheet, statement[i].Cell, statement[i].Field, Say("form.changed", statement[i].Label, expected, statement[i].Value));
                }
            }
        }

        private LocalDateTime? SubmittedAt(Dictionary<string, Cell> top)
        {
            var value = Value(top, FiguresSheet, SubmittedAtCell);
            if (value is { Number: { } serial })
            {
                return FromSerial(serial, SubmittedAtCell);
            }

            if (value is { Text.Length: > 0 } typed)
            {
                var parsed = SubmissionFields.ParseSubmittedAt(typed.Text, desk.Language);
                if (parsed.TryPickT0(out var sent, out var error))
                {
                    return sent;
                }

                Error(FiguresSheet, SubmittedAtCell, "submitted_at", error.Message);
                return null;
            }

            // Unfilled: the time the file was last saved, when a program saved it after the form was made.
            var properties = document.PackageProperties;
            if (properties.Modified is { } modified && modified != properties.Created)
            {
                // A clock set far off saves any date; the periods a desk takes bound the ones that can be true.
                if (modified.Year is < ReportingPeriod.FirstSupportedYear or > ReportingPeriod.LastSupportedYear)
                {
                    Error(FiguresSheet, SubmittedAtCell, "submitted_at", Say("form.savedOutOfRange", modified.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), ReportingPeriod.FirstSupportedYear, ReportingPeriod.LastSupportedYear));
                    return null;
                }

                var utc = DateTime.SpecifyKind(modified.ToUniversalTime(), DateTimeKind.Utc).ToInstant();
                var local = utc.WithOffset(VietnamTime).LocalDateTime;
                return local.Date.At(new LocalTime(local.Hour, local.Minute));
            }

            Error(FiguresSheet, SubmittedAtCell, "submitted_at", Say("form.noTime"));
            return null;
        }

        private List<FigureValue> Figures(Dictionary<string, Cell> sheet, IReadOnlyList<DataElement> elements)
        {
            var columns = Header(sheet, FiguresSheet, FiguresHeaderRow, ["element", "value", "comment"]);
            var figures = new List<FigureValue>();
            if (columns is null)
            {
                return figures;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in DataRows(sheet, FiguresHeaderRow))
            {
                var element = Text(sheet, FiguresSheet, Cell(columns["element"], row));
                var value = Value(sheet, FiguresSheet, Cell(columns["value"], row));
                var comment = Text(sheet, FiguresSheet, Cell(columns["comment"], row));
                if (element.Length == 0)
                {
                    continue;
                }

                seen.Add(element);
                if (value is null or { Number: null, Text.Length: 0 })
                {
                    if (comment.Length > 0)
                    {
                        Error(FiguresSheet, Cell(columns["value"], row), "value", Say("form.commentNeedsValue", element));
                    }

                    continue;
                }

                figures.Add(new FigureValue(element, value.Number is { } number ? Invariant(number) : value.Text, Optional(comment)));
                figureRows.Add(row);
            }

            for (var i = 0; i < elements.Count; i++)
            {
                if (!seen.Contains(elements[i].Code))
                {
                    Error(FiguresSheet, Cell(columns["element"], FiguresHeaderRow + 1 + i), "element", Say("form.rowMissing", elements[i].Code, elements[i].Name));
                }
            }

            return figures;
        }

        private List<TaskProgress> Progress(Dictionary<string, Cell> sheet)
        {
            var columns = Header(sheet, TasksSheet, TableHeaderRow, ["plan", "task", .. TaskInputs]);
            var progress = new List<TaskProgress>();
            if (columns is null)
            {
                return progress;
            }

            foreach (var row in DataRows(sheet, TableHeaderRow))
            {
                string Field(string name) => Text(sheet, TasksSheet, Cell(columns[name], row));
                if (TaskInputs.All(c => Field(c).Length == 0))
                {
                    continue;
                }

                var errorsBefore = errors.Count;
                var status = Parse(SubmissionFields.ParseStatus(Field("status"), desk.Language), TasksSheet, columns, "status", row);
                var percent = Percent(sheet, columns, row);
                var completedOn = Date(sheet, columns, "completed_on", row);
                var newDue = Date(sheet, columns, "new_due_date", row);
                DocumentNumber? decision = Field("decision") is { Length: > 0 } number ? Parse(SubmissionFields.ParseDecision(number, desk.Language), TasksSheet, columns, "decision", row) : null;
                if (errors.Count > errorsBefore)
                {
                    continue;
                }

                progress.Add(new TaskProgress
                {
                    PlanId = Field("plan"), TaskId = Field("task"), Status = status, Percent = percent, CompletedOn = completedOn, NewDueDate = newDue,
                    Decision = decision, Evidence = Optional(Field("evidence")), Comment = Optional(Field("comment")),
                });
                progressRows.Add(row);
            }

            return progress;
        }

        private List<Difficulty> Difficulties(Dictionary<string, Cell> sheet)
        {
            var columns = Header(sheet, DifficultiesSheet, TableHeaderRow, DifficultyColumns[..^1]);
            var difficulties = new List<Difficulty>();
            if (columns is null)
            {
                return difficulties;
            }

            foreach (var row in DataRows(sheet, TableHeaderRow))
            {
                var cells = DifficultyColumns.Select(c => columns.TryGetValue(c, out var column) ? Text(sheet, DifficultiesSheet, Cell(column, row)) : string.Empty).ToArray();
                if (cells[..^1].All(static c => c.Length == 0))
                {
                    continue;
                }

                var carried = Parse(SubmissionFields.ParseCarriedOver(cells[^1], desk.Language), DifficultiesSheet, columns, CarriedOverColumn, row);
                difficulties.Add(new Difficulty(cells[0], cells[1], Optional(cells[2])) { CarriedOver = carried });
                difficultyRows.Add(row);
            }

            return difficulties;
        }

        private int? Percent(Dictionary<string, Cell> sheet, Dictionary<string, int> columns, int row)
        {
            var cell = Cell(columns["percent"], row);
            var value = Value(sheet, TasksSheet, cell);
            var text = value?.Number is { } number ? Invariant(number) : value?.Text ?? string.Empty;
            if (text.Length == 0)
            {
                return null;
            }

            if (int.TryParse(text.TrimEnd('%').TrimEnd(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent))
            {
                return percent;
            }

            Error(TasksSheet, cell, "percent", Say("progress.percentNotWhole", text));
            return null;
        }

        private LocalDate? Date(Dictionary<string, Cell> sheet, Dictionary<string, int> columns, string field, int row)
        {
            var cell = Cell(columns[field], row);
            var value = Value(sheet, TasksSheet, cell);
            if (value is { Number: { } serial })
            {
                return FromSerial(serial, cell, TasksSheet, field)?.Date;
            }

            return value is { Text.Length: > 0 } typed ? Parse(SubmissionFields.ParseDate(typed.Text, desk.Language), TasksSheet, columns, field, row) : null;
        }

        private T? Parse<T>(OneOf.OneOf<T, ParseError> parsed, string sheet, Dictionary<string, int> columns, string field, int row)
        {
            if (parsed.TryPickT0(out var value, out var error))
            {
                return value;
            }

            Error(sheet, Cell(columns[field], row), field, error.Message);
            return default;
        }

        // An Excel date serial (a date typed into a cell Excel recognised) as a local time at the minute.
        private LocalDateTime? FromSerial(decimal serial, string cell, string sheet = FiguresSheet, string field = "submitted_at")
        {
            if (serial is < 1 or > 2_958_465)
            {
                Error(sheet, cell, field, Say("form.notDate", Invariant(serial)));
                return null;
            }

            var time = LocalDateTime.FromDateTime(DateTime.FromOADate((double)serial));
            return time.Date.At(new LocalTime(time.Hour, time.Minute));
        }

        // The header row's columns by name; the names the reader needs must all be there.
        private Dictionary<string, int>? Header(Dictionary<string, Cell> sheet, string sheetName, int row, string[] required)
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (reference, _) in sheet.Where(c => RowOf(c.Key) == row))
            {
                var name = Text(sheet, sheetName, reference);
                columns.TryAdd(name, ColumnOf(reference));
            }

            var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
            if (missing.Count > 0)
            {
                Error(sheetName, Cell(1, row), missing[0], Say("form.headerLacks", string.Join(", ", missing)));
                return null;
            }

            headers[sheetName] = columns;
            return columns;
        }

        private static IEnumerable<int> DataRows(Dictionary<string, Cell> sheet, int headerRow) =>
            sheet.Keys.Select(RowOf).Where(r => r > headerRow).Distinct().Order();

        private InputError Locate(SubmissionPlace place, string message)
        {
            var (sheet, row) = place.Part switch
            {
                SubmissionPart.Figure => (FiguresSheet, figureRows[place.Index]),
                SubmissionPart.Progress => (TasksSheet, progressRows[place.Index]),
                SubmissionPart.Difficulty => (DifficultiesSheet, difficultyRows[place.Index]),
                _ => (FiguresSheet, 0),
            };
            var cell = place.Part == SubmissionPart.Header
                ? place.Field switch { "period" => PeriodCell, "data_set" => DataSetCell, "submitted_at" => SubmittedAtCell, _ => UnitCell }
                : Cell(headers[sheet].GetValueOrDefault(place.Field, 1), row);
            return new InputError(RowOf(cell), ColumnOf(cell), message) { Source = sheet, Cell = cell, Field = place.Field };
        }

        // A cell is read more than once (a task row's inputs are looked at before they are parsed): its error counts once.
        private void Error(string sheet, string cell, string field, string message)
        {
            if (!errors.Any(e => e.Source == sheet && e.Cell == cell && e.Message == message))
            {
                errors.Add(new InputError(RowOf(cell), ColumnOf(cell), message) { Source = sheet, Cell = cell, Field = field });
            }
        }

        private string Say(string key, params object?[] args) => SubmissionMessages.Format(desk.Language, key, args);

        private InputResult<CheckedSubmission> Fail(string message) => InputResult<CheckedSubmission>.ForErrors([new InputError(0, 0, message)]);

        private string Text(Dictionary<string, Cell> sheet, string sheetName, string reference)
        {
            var value = Value(sheet, sheetName, reference);
            return value?.Number is { } number ? Invariant(number) : value?.Text ?? string.Empty;
        }

        // A cell's value: a number, or a text (shared or inline); a formula or an error value is refused where it stands.
        private CellContent? Value(Dictionary<string, Cell> sheet, string sheetName, string reference)
        {
            if (!sheet.TryGetValue(reference, out var cell))
            {
                return null;
            }

            var field = string.Empty;
            if (cell.CellFormula is not null)
            {
                Error(sheetName, reference, field, Say("form.formula"));
                return null;
            }

            var raw = cell.CellValue?.Text ?? string.Empty;
            var type = cell.DataType?.Value;
            if (type == CellValues.InlineString)
            {
                return new CellContent(null, cell.InlineString is { } inline ? ItemText(inline) : string.Empty);
            }

            if (type == CellValues.SharedString)
            {
                if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count)
                {
                    return new CellContent(null, sharedStrings[index]);
                }

                Error(sheetName, reference, field, Say("form.sharedString", raw));
                return null;
            }

            if (type == CellValues.String)
            {
                return new CellContent(null, raw);
            }

            if (type is not null && type != CellValues.Number)
            {
                Error(sheetName, reference, field, Say("form.notValue", raw));
                return null;
            }

            if (raw.Length == 0)
            {
                return new CellContent(null, string.Empty);
            }

            // Excel stores the double it computed (83.099999999999994 for 83.1); as a decimal it reads back as typed.
            if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && Math.Abs(number) < 7.9e27)
            {
                // A cell formatted as a percentage holds the fraction (0.7817 shows as 78.17%): the form's value is the percentage.
                var value = (decimal)number;
                return new CellContent(cell.StyleIndex?.Value is { } style && percentStyles.Contains(style) ? value * 100 : value, raw);
            }

            Error(sheetName, reference, field, Say("form.notNumber", raw));
            return null;
        }

        // The cell formats (style indexes) that show a number as a percentage: built-in 9 (0%) and 10 (0.00%), or a custom
        // format with a percent sign outside quotes.
        private static HashSet<uint> PercentStyles(WorkbookPart workbook)
        {
            var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
            var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
                .Where(static f => f.NumberFormatId?.Value is not null && (f.FormatCode?.Value ?? string.Empty).Split('"').Where(static (_, i) => i % 2 == 0).Any(static part => part.Contains('%', StringComparison.Ordinal)))
                .Select(static f => f.NumberFormatId!.Value).ToHashSet() ?? [];
            return [.. (stylesheet?.CellFormats?.Elements<CellFormat>() ?? []).Select(static (format, index) => (format.NumberFormatId?.Value, Index: (uint)index))
                .Where(x => x.Value is 9 or 10 || (x.Value is { } id && custom.Contains(id))).Select(static x => x.Index)];
        }

        private static Dictionary<string, Cell> Cells(WorksheetPart part)
        {
            var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
            foreach (var cell in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>().SelectMany(static r => r.Elements<Cell>()) ?? [])
            {
                if (cell.CellReference?.Value is { } reference && RowOf(reference) > 0)
                {
                    cells[reference] = cell;
                }
            }

            return cells;
        }

        private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item) =>
            string.Concat(item.ChildElements.Select(static c => c switch
            {
                DocumentFormat.OpenXml.Spreadsheet.Text t => t.Text,
                Run r => r.Text?.Text ?? string.Empty,
                _ => string.Empty,
            }));

        private static int RowOf(string reference)
        {
            var digits = reference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
        }

        private static int ColumnOf(string reference)
        {
            var column = 0;
            foreach (var c in reference.TakeWhile(static c => c is >= 'A' and <= 'Z'))
            {
                column = (column * 26) + (c - 'A' + 1);
            }

            return column;
        }

        private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private static string? Optional(string text) => text.Length == 0 ? null : text;
    }

    private sealed record CellContent(decimal? Number, string Text);
}
