using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Reporting.Tests.Import;

// A form the library generates, filled in cell by cell through the OpenXML SDK as a unit's clerk would, reads back as
// the submission the clerk meant; each kind of damage a clerk can do is refused with its sheet and cell; damaged bytes
// give errors, never exceptions.
public sealed class SubmissionFormTest
{
    private const string Figures = "Số liệu";
    private const string Tasks = "Nhiệm vụ";
    private const string Difficulties = "Khó khăn, đề xuất";

    private static readonly GovernanceData Data = GovernanceData.Default;
    private static readonly SubmissionDesk Desk = new(Data.DataSets, Data.OrgUnits, Data.Plans) { Language = Primitives.MessageLanguage.English };

    [Fact]
    public void Report_87s_figures_typed_into_the_form_read_back_as_typed_with_its_contradictions_as_findings()
    {
        var form = new Clerk(Form("CA_TINH", "P06.MONTHLY"));
        var owned = Elements.Select(static e => e.Code).ToHashSet(StringComparer.Ordinal);
        var figures = Data.ReportFigures.Figures.Where(f => owned.Contains(f.Id)).Select(FigureValue.FromPrinted).ToList();
        foreach (var figure in figures)
        {
            form.Number(Figures, "D" + form.RowOf(Figures, figure.Element), decimal.Parse(figure.Value, CultureInfo.InvariantCulture));
        }

        form.Text(Figures, "E" + form.RowOf(Figures, figures[0].Element), "Số liệu từ Cổng dịch vụ công");
        form.Text(Figures, "B4", "2025-09-12T16:30");
        form.Text(Figures, "B5", "Công văn số 123/CAT-PC06");
        form.Text(Difficulties, "A3", "Hạ tầng");
        form.Text(Difficulties, "B3", "Đường truyền tại xã đảo chập chờn, đề nghị hỗ trợ");
        form.Text(Difficulties, "C3", "SO_KHCN");

        var read = SubmissionFormReader.Read(form.Save(), Desk);

        Assert.True(read.Success, string.Join(Environment.NewLine, read.Errors));
        var expected = new Submission
        {
            UnitCode = "CA_TINH", DataSetCode = "P06.MONTHLY", Period = Period("P06.MONTHLY"), SubmittedAt = new LocalDateTime(2025, 9, 12, 16, 30),
            Sender = "Công văn số 123/CAT-PC06",
            Figures = [.. figures.Select((f, i) => f with { Value = AsExcelKeepsIt(f.Value), Comment = i == 0 ? "Số liệu từ Cổng dịch vụ công" : null })],
            Difficulties = [new Difficulty("Hạ tầng", "Đường truyền tại xã đảo chập chờn, đề nghị hỗ trợ", "SO_KHCN")],
        };
        Assert.True(expected.SameAs(read.Value.Submission));
        // Of report 87's 12 contradictions, those within Công an tỉnh's own figures (R87.SURVEY.UNITS, R87.ORGEID.*).
        Assert.Equal(3, read.Value.Findings.Count);
    }

    // Any figures, comments, sender, time and difficulties a clerk types into a generated form read back as typed.
    [Property(MaxTest = 30)]
    public Property A_filled_form_reads_back_as_the_submission_typed_into_it() =>
        Prop.ForAll(Fillings(), filling =>
        {
            var (values, comments, minute, sender, difficulties) = filling;
            var form = new Clerk(Form("CA_TINH", "P06.MONTHLY"));
            var figures = new List<FigureValue>();
            foreach (var (element, value) in values)
            {
                var row = form.RowOf(Figures, element.Code);
                form.Number(Figures, "D" + row, value);
                var comment = comments.GetValueOrDefault(element.Code);
                if (comment is not null)
                {
                    form.Text(Figures, "E" + row, comment);
                }

                figures.Add(new FigureValue(element.Code, value.ToString(CultureInfo.InvariantCulture), comment));
            }

            var sent = new LocalDateTime(2025, 9, 1, 0, 0).PlusMinutes(minute);
            form.Text(Figures, "B4", sent.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            form.Text(Figures, "B5", sender);
            for (var i = 0; i < difficulties.Count; i++)
            {
                form.Text(Difficulties, $"A{3 + i}", difficulties[i].Topic);
                form.Text(Difficulties, $"B{3 + i}", difficulties[i].Text);
                form.Text(Difficulties, $"C{3 + i}", difficulties[i].AddressedTo!);
                form.Text(Difficulties, $"D{3 + i}", difficulties[i].CarriedOver ? "Có" : "Không");
            }

            var read = SubmissionFormReader.Read(form.Save(), Desk);

            Assert.True(read.Success, string.Join(Environment.NewLine, read.Errors));
            var expected = new Submission
            {
                UnitCode = "CA_TINH", DataSetCode = "P06.MONTHLY", Period = Period("P06.MONTHLY"), SubmittedAt = sent, Sender = sender,
                Figures = [.. Elements.Select(e => figures.FirstOrDefault(f => f.Element == e.Code)).OfType<FigureValue>()],
                Difficulties = difficulties,
            };
            Assert.True(expected.SameAs(read.Value.Submission), "read back differently");
        });

    // The form of Công an tỉnh asks the figures it owns.
    private static IReadOnlyList<DataElement> Elements => Data.DataSets.Find("P06.MONTHLY")!.ElementsOf("CA_TINH", KhanhHoa.Governance.Organization.OrgUnitKind.Department);

    private static Arbitrary<(List<(DataElement, decimal)>, Dictionary<string, string>, int, string, List<Difficulty>)> Fillings()
    {
        var words = Gen.Elements("Số liệu", "từ Cổng dịch vụ công", "ước tính", "\"tạm tính\"", "đã rà soát, đối chiếu", "tháng 9/2025");
        var text = words.ListOf().Where(w => w.Count > 0).Select(w => string.Join(' ', w));
        var value = from element in Gen.Elements(Elements.Where(e => e.Unit != UnitOfMeasure.Text).ToArray())
                    from whole in Gen.Choose(0, element.Unit == UnitOfMeasure.Percent ? 100 : 2_000_000)
                    from cents in Gen.Choose(0, element.IsWhole ? 0 : 99)
                    select (element, Math.Min(whole + (cents / 100m), element.Maximum ?? decimal.MaxValue));
        var difficulty = from topic in Gen.Elements("Kinh phí", "Hạ tầng", "Nhân lực")
                         from body in text
                         from to in Gen.Elements("SO_TC", "SO_KHCN", "CA_TINH")
                         from carried in Gen.Choose(0, 2)
                         select new Difficulty(topic, carried == 2 ? string.Empty : body, to) { CarriedOver = carried > 0 };
        return (from values in value.ListOf().Select(v => v.DistinctBy(x => x.element.Code).ToList())
                from commented in Gen.SubListOf(values.Select(v => v.element.Code).ToArray())
                from comment in text
                from minute in Gen.Choose(0, (13 * 24 * 60) - 1)
                from sender in text
                from difficulties in difficulty.ListOf().Select(d => d.Take(5).ToList())
                select (values, commented.ToDictionary(c => c, _ => comment), minute, sender, difficulties)).ToArbitrary();
    }

    [Fact]
    public void A_departments_progress_on_its_own_tasks_reads_back_with_dates_typed_or_entered_as_dates()
    {
        var unit = "SO_YT";
        var form = new Clerk(Form(unit, "3433.PROGRESS"));
        var tasks = Desk.Assignments.Of(Data.OrgUnits.Find(unit)!).Where(static a => a.Plan.Id == "3433/KH-UBND" && !a.Plan.HasChildren(a.Task)).Select(static a => a.Task.Id).Distinct().ToList();
        Assert.True(tasks.Count >= 2);
        Assert.Equal(tasks[0], form.Read(Tasks, "B3"));
        form.Text(Tasks, "E3", "progress");
        form.Number(Tasks, "F3", 60);
        form.Text(Tasks, "K3", "Đã triển khai tại 7 bệnh viện");
        form.Text(Tasks, "E4", "completed");
        form.Number(Tasks, "G4", (decimal)new DateTime(2025, 9, 10).ToOADate());
        form.Text(Tasks, "J4", "Báo cáo số 15/BC-SYT");
        form.Text(Figures, "B4", "2025-09-11T08:05");

        var read = SubmissionFormReader.Read(form.Save(), Desk);

        Assert.True(read.Success, string.Join(Environment.NewLine, read.Errors));
        Assert.Equal(
            [
                new TaskProgress { PlanId = "3433/KH-UBND", TaskId = tasks[0], Status = ProgressUpdateKind.Progress, Percent = 60, Comment = "Đã triển khai tại 7 bệnh viện" },
                new TaskProgress { PlanId = "3433/KH-UBND", TaskId = tasks[1], Status = ProgressUpdateKind.Completed, CompletedOn = new LocalDate(2025, 9, 10), Evidence = "Báo cáo số 15/BC-SYT" },
            ],
            read.Value.Submission.Progress);
    }

    [Fact]
    public void Without_submitted_at_the_time_is_when_the_file_was_saved_in_Vietnam_never_the_readers_clock()
    {
        var form = new Clerk(Form("SO_YT", "3433.PROGRESS"));
        var unsaved = SubmissionFormReader.Read(form.Save(), Desk);
        Assert.Contains(unsaved.Errors, static e => e is { Source: Figures, Cell: "B4" });

        form.Modified = new DateTime(2025, 9, 12, 2, 30, 0, DateTimeKind.Utc);
        var saved = SubmissionFormReader.Read(form.Save(), Desk);

        Assert.True(saved.Success, string.Join(Environment.NewLine, saved.Errors));
        Assert.Equal(new LocalDateTime(2025, 9, 12, 9, 30), saved.Value.Submission.SubmittedAt);
    }

    // A clock set far off saves any date: one outside the years a desk takes asks for the time of sending in B4 (the
    // save time 31/12/9999 once failed the whole file with a message about NodaTime's daysSinceEpoch).
    [Theory]
    [InlineData(9999, 12, 31, "31/12/9999")]
    [InlineData(1980, 1, 1, "01/01/1980")]
    public void A_save_time_outside_the_supported_years_asks_for_the_time_of_sending(int year, int month, int day, string printed)
    {
        var form = new Clerk(Form("SO_YT", "3433.PROGRESS")) { Modified = new DateTime(year, month, day, 23, 0, 0, DateTimeKind.Utc) };

        var error = Assert.Single(SubmissionFormReader.Read(form.Save(), Desk).Errors);

        Assert.Equal((Figures, "B4", "submitted_at"), (error.Source, error.Cell, error.Field));
        Assert.Equal($"the file says it was saved {printed}, outside the years 2001–2099: fill in the time of sending (yyyy-MM-ddTHH:mm)", error.Message);
    }

    [Fact]
    public void The_form_is_the_same_bytes_on_every_run_with_its_statement_validation_and_protection()
    {
        var first = Form("CA_TINH", "P06.MONTHLY");
        Assert.Equal(first, Form("CA_TINH", "P06.MONTHLY"));

        var form = new Clerk(first);
        Assert.Equal(["CA_TINH", "2025-09", "P06.MONTHLY", "submitted_at"], [form.Read(Figures, "B1"), form.Read(Figures, "B2"), form.Read(Figures, "B3"), form.Read(Figures, "A4")]);
        Assert.Equal(["element", "name", "unit", "value", "comment"], Enumerable.Range(0, 5).Select(i => form.Read(Figures, (char)('A' + i) + "8")));
        var sheet = form.Sheet(Figures);
        Assert.NotNull(sheet.GetFirstChild<SheetProtection>());
        Assert.Equal(Elements.Count(static e => e.Unit != UnitOfMeasure.Text), sheet.Descendants<DataValidation>().Count());
    }

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "text in a number cell", Figures, "D9", "not a number" },
        { "a value out of bounds", Figures, "D{bounded}", "above the maximum" },
        { "a deleted element row", Figures, "A10", "is missing; rows may not be deleted" },
        { "a renamed sheet", Tasks, string.Empty, "is missing or was renamed" },
        { "a changed unit cell", Figures, "B1", "changed: the form was issued for unit 'CA_TINH'" },
        { "a changed period cell", Figures, "B2", "changed: the form was issued for period '2025-09'" },
        { "a formula where a value belongs", Figures, "D9", "a formula where a value belongs" },
        { "a changed data set cell", Figures, "B3", "changed: the form was issued for data set 'P06.MONTHLY'" },
        { "a deleted sheet", Difficulties, string.Empty, "is missing or was renamed" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_damaged_form_is_refused_naming_sheet_and_cell(string damage, string sheet, string cell, string message)
    {
        var form = new Clerk(Form("CA_TINH", "P06.MONTHLY"));
        form.Text(Figures, "B4", "2025-09-12T16:30");
        var bounded = Elements.First(static e => e.Maximum is not null);
        var boundedCell = "D" + form.RowOf(Figures, bounded.Code);
        switch (damage)
        {
            case "text in a number cell": form.Text(Figures, "D9", "khoảng 2 nghìn"); break;
            case "a value out of bounds": form.Number(Figures, boundedCell, bounded.Maximum!.Value + 1); break;
            case "a deleted element row": form.Sheet(Figures).Descendants<Row>().Single(static r => r.RowIndex!.Value == 10).Remove(); break;
            case "a renamed sheet": form.Rename(Tasks, "Tasks"); break;
            case "a changed unit cell": form.Text(Figures, "B1", "SO_YT"); break;
            case "a changed period cell": form.Text(Figures, "B2", "2025-08"); break;
            case "a formula where a value belongs": form.Formula(Figures, "D9", "1+1", 2); break;
            case "a changed data set cell": form.Text(Figures, "B3", "BCD.PROGRESS"); break;
            case "a deleted sheet": form.Delete(Difficulties); break;
        }

        var read = SubmissionFormReader.Read(form.Save(), Desk);

        Assert.False(read.Success);
        var expectedCell = cell.Replace("D{bounded}", boundedCell, StringComparison.Ordinal);
        Assert.Contains(read.Errors, e => e.Source == sheet && (e.Cell ?? string.Empty) == expectedCell && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_Excel_percentage_cell_is_read_as_the_percentage_it_shows_and_Vietnamese_words_and_dates_as_typed()
    {
        var form = new Clerk(Form("CA_TINH", "P06.MONTHLY"));
        var percent = Elements.First(static e => e.Unit == UnitOfMeasure.Percent);
        var count = Elements.First(static e => e.Unit == UnitOfMeasure.Count && e.IsWhole);
        form.Percent(Figures, "D" + form.RowOf(Figures, percent.Code), 0.7817m);
        form.Text(Figures, "D" + form.RowOf(Figures, count.Code), "2.156");
        form.Text(Figures, "B4", "12/09/2025 16:30");
        var read = SubmissionFormReader.Read(form.Save(), Desk);
        Assert.True(read.Success, string.Join(Environment.NewLine, read.Errors));
        Assert.Equal((78.17m, 2156m), (read.Value.Numbers[percent.Code].Value, read.Value.Numbers[count.Code].Value));
        Assert.Equal(new LocalDateTime(2025, 9, 12, 16, 30), read.Value.Submission.SubmittedAt);
    }

    [Fact]
    public void A_formula_in_a_task_row_is_one_error_at_its_cell()
    {
        var form = new Clerk(Form("SO_YT", "3433.PROGRESS"));
        form.Text(Figures, "B4", "2025-09-11T08:05");
        form.Text(Tasks, "E3", "progress");
        form.Formula(Tasks, "F3", "50+10", 60);

        var read = SubmissionFormReader.Read(form.Save(), Desk);

        var error = Assert.Single(read.Errors);
        Assert.Equal((Tasks, "F3"), (error.Source, error.Cell));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_error()
    {
        var read = SubmissionFormReader.Read(new MemoryStream("unit_code,period\nSO_YT,2025-09\n"u8.ToArray()), Desk);

        Assert.Contains("not a readable Excel workbook", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_shared_strings_part_is_refused_without_reading_it_whole()
    {
        var form = new Clerk(Form("CA_TINH", "P06.MONTHLY"));
        form.HugeSharedStrings(20_000_000);
        var bomb = form.Save();
        Assert.True(bomb.Length < 1_000_000);

        var read = SubmissionFormReader.Read(bomb, Desk);

        Assert.Contains("not a readable Excel workbook", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_that_refers_to_another_workbook_is_refused()
    {
        var form = new Clerk(Form("CA_TINH", "P06.MONTHLY"));
        form.Text(Figures, "B4", "2025-09-12T16:30");
        form.ExternalReference();

        var read = SubmissionFormReader.Read(form.Save(), Desk);

        Assert.Contains("external references", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property A_damaged_form_gives_errors_not_exceptions() =>
        Prop.ForAll(Gen.Choose(0, 1 << 20).ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (place, flips) =>
        {
            foreach (var input in DamagedFile.Versions(Form("SO_YT", "3433.PROGRESS"), place, flips))
            {
                var read = SubmissionFormReader.Read(new MemoryStream(input), Desk);
                Assert.True(read.Success || read.Errors.Count > 0);
            }
        });

    private static ReportingPeriod Period(string dataSet) => Data.DataSets.Find(dataSet)!.ParsePeriod("2025-09").AsT0;

    private static byte[] Form(string unit, string dataSet)
    {
        using var output = new MemoryStream();
        SubmissionFormWriter.Write(output, Desk, unit, dataSet, Period(dataSet));
        return output.ToArray();
    }

    // What Excel keeps of a typed number: the double it stores, which drops trailing zeros of the decimals.
    private static string AsExcelKeepsIt(string value) =>
        ((decimal)(double)decimal.Parse(value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);

    // A clerk at the keyboard: sets cells one by one in a copy of the form, then saves it.
    private sealed class Clerk
    {
        private readonly MemoryStream file = new();
        private SpreadsheetDocument document;

        public Clerk(byte[] form)
        {
            file.Write(form);
            file.Position = 0;
            document = SpreadsheetDocument.Open(file, true);
        }

        public DateTime? Modified { get; set; }

        public Worksheet Sheet(string name)
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
            return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        }

        public void Delete(string sheet)
        {
            var workbook = document.WorkbookPart!;
            var entry = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
            workbook.DeletePart(workbook.GetPartById(entry.Id!));
            entry.Remove();
        }

        public void Rename(string sheet, string name) => document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Name = name;

        public int RowOf(string sheet, string firstCell) =>
            (int)Sheet(sheet).Descendants<Row>().First(r => r.Elements<Cell>().FirstOrDefault() is { } c && Content(c) == firstCell).RowIndex!.Value;

        public string Read(string sheet, string reference) => Find(sheet, reference) is { } cell ? Content(cell) : string.Empty;

        public void Text(string sheet, string reference, string text)
        {
            var cell = Cell(sheet, reference);
            cell.CellValue = null;
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text));
        }

        public void Number(string sheet, string reference, decimal value)
        {
            var cell = Cell(sheet, reference);
            cell.InlineString = null;
            cell.DataType = null;
            cell.CellValue = new CellValue(value);
        }

        // A number in a cell formatted as a percentage (0.00%): Excel stores the fraction, 0.7817 for 78.17%.
        public void Percent(string sheet, string reference, decimal fraction)
        {
            Number(sheet, reference, fraction);
            var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!;
            formats.Append(new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true });
            formats.Count = (uint)formats.ChildElements.Count;
            Cell(sheet, reference).StyleIndex = formats.Count - 1;
        }

        public void Formula(string sheet, string reference, string formula, decimal cached)
        {
            Number(sheet, reference, cached);
            Cell(sheet, reference).CellFormula = new CellFormula(formula);
        }

        public void HugeSharedStrings(int characters)
        {
            var part = document.WorkbookPart!.AddNewPart<SharedStringTablePart>();
            using var stream = part.GetStream(FileMode.Create);
            using var writer = new StreamWriter(stream);
            writer.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
            writer.Write(new string('a', characters));
            writer.Write("</t></si></sst>");
        }

        public void ExternalReference()
        {
            var workbook = document.WorkbookPart!;
            var external = workbook.AddNewPart<ExternalWorkbookPart>();
            external.ExternalLink = new ExternalLink(new ExternalBook { Id = "rIdOther" });
            external.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath", new Uri("other.xlsx", UriKind.Relative), "rIdOther");
        }

        public MemoryStream Save()
        {
            if (Modified is { } modified)
            {
                document.PackageProperties.Modified = modified;
            }

            document.Dispose();
            var saved = new MemoryStream(file.ToArray());
            file.Position = 0;
            document = SpreadsheetDocument.Open(file, true);
            return saved;
        }

        private static string Content(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

        private Cell? Find(string sheet, string reference) => Sheet(sheet).Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

        // Every cell a clerk writes in exists on the form (styled, unlocked); others are added as Excel would.
        private Cell Cell(string sheet, string reference)
        {
            if (Find(sheet, reference) is { } cell)
            {
                return cell;
            }

            var rowIndex = uint.Parse(reference.TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), CultureInfo.InvariantCulture);
            var row = Sheet(sheet).Descendants<Row>().Single(r => r.RowIndex!.Value == rowIndex);
            var created = new Cell { CellReference = reference };
            row.Append(created);
            return created;
        }
    }
}
