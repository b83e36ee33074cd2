using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;
using Xunit.Abstractions;

namespace KhanhHoa.Governance.Reporting.Tests.Import;

// An Excel export of a one-door system (written by XlsxDossierWriter through the shipped column map: vendor headers and
// words, date cells), read back through the same map, gives the store of the same dossiers; its errors name the sheet
// and the cell; a file that is not a workbook is one error, never an exception.
public sealed class XlsxDossierReaderTest(ITestOutputHelper output)
{
    private static readonly DossierColumnMap OneDoor = GovernanceDataLoader.LoadDossierColumnMap(
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "maps", "mot-cua-dien-tu.map.json"))).Value;

    private static readonly DossierReadOptions Options = new() { ColumnMap = OneDoor };

    [Property(MaxTest = 15)]
    public Property A_workbook_reads_as_its_dossiers() =>
        Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), seed =>
        {
            var records = Records((ulong)seed, 200);
            var read = XlsxDossierReader.Read(new MemoryStream(Workbook(records)), Options);

            Assert.True(read.Success, string.Join("; ", read.Errors.Take(3)));
            AssertSameStore(DossierStore.FromRecords(records).Value, read.Value);
        });

    // Streamed, measured: the reader's allocations on this thread for 100,000 rows against the same sheet loaded as the
    // OpenXML DOM (what a reader that does not stream holds at once), and per row against a sheet of 10,000 rows.
    [Fact]
    public void A_sheet_of_100000_rows_is_streamed()
    {
        var (small, _) = Allocated(10_000);
        var (large, workbook) = Allocated(100_000);
        long dom;
        using (var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>().Count();
            dom = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(100_001, rows);
        }

        output.WriteLine($"{workbook.Length:N0} bytes of .xlsx; reader {large / 100_000.0:N0} B/row at 100,000 rows, {small / 10_000.0:N0} B/row at 10,000; DOM {dom / 100_000.0:N0} B/row");
        Assert.True(large * 3 < dom, $"the reader allocated {large:N0} bytes, the DOM {dom:N0}: not streamed?");
        // Linear: a reader that buffered the sheet would pay more per row as the sheet grows.
        Assert.True(large / 100_000.0 < 1.5 * (small / 10_000.0), $"{large / 100_000.0:N0} B/row at 100,000 rows against {small / 10_000.0:N0} at 10,000");
    }

    private static (long Allocated, byte[] Workbook) Allocated(int rows)
    {
        var workbook = Workbook(Records(87, rows));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = XlsxDossierReader.Read(new MemoryStream(workbook), Options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(rows, read.Value.Count);
        return (allocated, workbook);
    }

    [Fact]
    public void Errors_name_the_sheet_and_the_cell()
    {
        var records = Records(5, 12);
        var workbook = new MemoryStream();
        workbook.Write(Workbook(records));

        // A clerk's edits in row 11: a due date that does not exist, a channel the map does not know.
        using (var document = SpreadsheetDocument.Open(workbook, true))
        {
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            var cells = rows[10].Elements<Cell>().ToList();
            cells[6].StyleIndex = null;
            cells[6].CellValue = null;
            cells[6].DataType = CellValues.InlineString;
            cells[6].InlineString = new InlineString(new Text("31/09/2025"));
            cells[4].InlineString = new InlineString(new Text("Fax"));
        }

        workbook.Position = 0;
        var read = XlsxDossierReader.Read(workbook, Options);

        Assert.False(read.Success);
        Assert.Equal(
            ["Danh sách hồ sơ!E11 (channel): expected online, direct or postal", "Danh sách hồ sơ!G11 (due_date): not a calendar date"],
            read.Errors.Select(e => e.ToString()));
        Assert.Equal(11, read.Errors[0].Line);
    }

    // Damage a spreadsheet program would never write is blamed on the cell that carries it: a cell before its left
    // neighbour (it once named a cell P11 that does not exist) and a shared string the workbook lacks (once "must not
    // be empty").
    [Fact]
    public void Cells_out_of_order_and_a_missing_shared_string_name_their_cell()
    {
        var outOfOrder = Damaged(cells =>
        {
            cells[0].CellReference = "B11";
            cells[1].CellReference = "A11";
        });
        var dangling = Damaged(cells =>
        {
            cells[1].InlineString = null;
            cells[1].DataType = CellValues.SharedString;
            cells[1].CellValue = new CellValue("99999");
        });

        Assert.Equal("Danh sách hồ sơ!A11: the cell comes after cell B11 in its row: the cells of a row must be in column order, each once (save the sheet again with Excel or LibreOffice)", Assert.Single(outOfOrder.Errors).ToString());
        Assert.Equal("Danh sách hồ sơ!B11: the cell points at shared string '99999', which the workbook does not hold (it holds 0)", Assert.Single(dangling.Errors).ToString());
        Assert.Equal(11, dangling.Errors[0].Line);
    }

    private static InputResult<DossierStore> Damaged(Action<List<Cell>> damage)
    {
        var workbook = new MemoryStream();
        workbook.Write(Workbook(Records(5, 12)));
        using (var document = SpreadsheetDocument.Open(workbook, true))
        {
            damage(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList()[10].Elements<Cell>().ToList());
        }

        workbook.Position = 0;
        return XlsxDossierReader.Read(workbook, Options);
    }

    [Fact]
    public void A_missing_sheet_or_a_file_that_is_not_a_workbook_is_one_error()
    {
        var missing = XlsxDossierReader.Read(new MemoryStream(Workbook(Records(1, 3))), Options, sheet: "Tháng 9");
        Assert.Equal("the workbook has no sheet 'Tháng 9' (its sheets: 'Danh sách hồ sơ')", Assert.Single(missing.Errors).Message);

        var text = XlsxDossierReader.Read(new MemoryStream("dossier_id,unit_code\n"u8.ToArray()), Options);
        Assert.StartsWith("not a readable Excel workbook (.xlsx)", Assert.Single(text.Errors).Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property A_damaged_workbook_gives_errors_not_exceptions() =>
        Prop.ForAll(Gen.Choose(0, 1 << 20).ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (place, flips) =>
        {
            foreach (var input in DamagedFile.Versions(Workbook(Records(3, 20)), place, flips))
            {
                var read = XlsxDossierReader.Read(new MemoryStream(input), Options);
                Assert.True(read.Success || read.Errors.Count > 0);
            }
        });

    private static byte[] Workbook(IEnumerable<DossierRecord> records)
    {
        using var output = new MemoryStream();
        XlsxDossierWriter.Write(output, records, OneDoor);
        return output.ToArray();
    }

    internal static List<DossierRecord> Records(ulong seed, int count) =>
        [.. SyntheticDossiers.GenerateRecords(["X01", "X02", "X03"], new LocalDate(2025, 8, 1), new LocalDate(2025, 9, 14), count, seed)];

    internal static void AssertSameStore(DossierStore expected, DossierStore actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        var (a, b) = (expected.Slice(0, expected.Count), actual.Slice(0, actual.Count));
        Assert.Equal(a.UnitCodes, b.UnitCodes);
        Assert.Equal(a.ProcedureCodes, b.ProcedureCodes);
        Assert.Equal(a.ColumnBytes, b.ColumnBytes);
        Assert.Equal(RollupOf(a), RollupOf(b));
    }

    // The store's columns are internal to the core; two stores that roll up to the same JSON hold the same dossiers' measures.
    private static string RollupOf(DossierStore store)
    {
        OrgUnit[] units = [new() { Code = "KH", Name = "Tỉnh" }, .. new[] { "X01", "X02", "X03" }.Select(static c => new OrgUnit { Code = c, Name = c, ParentCode = "KH" })];
        var engine = RollupEngine.Create(units, [ReportingPeriod.Month(2025, 8, CutoffRule.Administrative), ReportingPeriod.Month(2025, 9, CutoffRule.Administrative)]).Value;
        using var json = new MemoryStream();
        RollupJsonWriter.Write(json, engine.Run(store).Value);
        return System.Text.Encoding.UTF8.GetString(json.ToArray());
    }
}
