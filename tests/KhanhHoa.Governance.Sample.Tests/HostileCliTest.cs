using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Xunit.Abstractions;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>
/// The host run as a child process over a table of hostile inputs, as another system would meet them: each case
/// asserts the exit code, that standard error is one sentence starting with the expected words (no stack trace), and
/// that the working folder (inputs and a previous report in <c>out/</c>) is exactly as it was when the run failed.
/// </summary>
public sealed class HostileCliTest(HostileCliTest.Inputs inputs, ITestOutputHelper output) : IClassFixture<HostileCliTest.Inputs>
{
    // "Today" for the current-month case, the period a user is most likely to type: given by the run in TEST_TODAY
    // (yyyy-MM-dd), else a fixed day, never the wall clock, so a failure in one month reproduces in the next. Logged.
    private static readonly LocalDate Today = Environment.GetEnvironmentVariable("TEST_TODAY") is { Length: > 0 } given
        ? LocalDatePattern.Iso.Parse(given).GetValueOrThrow()
        : new LocalDate(2026, 12, 7);

    private static readonly string ThisMonth = Today.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, Case> Cases = new Case[]
    {
        new("the current month, synthetic", ["rollup", "--period", ThisMonth, "--synthetic-count", "3000"], 0, null),
        new("a month in 2026 after the plans' deadlines", ["rollup", "--period", "2026-11", "--synthetic-count", "3000"], 0, null),
        new("a month before the 2025 reorganisation, synthetic", ["rollup", "--period", "2025-06", "--synthetic-count", "3000"], 0, null),
        new("the first month a user can type, synthetic", ["rollup", "--period", "2001-01", "--synthetic-count", "3000"], 0, null),
        new("the last month a user can type, synthetic", ["rollup", "--period", "2099-12", "--synthetic-count", "3000"], 0, null),
        new("a month of the store's first year", ["rollup", "--period", "2000-02", "--synthetic-count", "3000"], 2, "--period '2000-02': year must be between 2001 and 2099"),
        new("plan status as of today", ["plan", "status", "BCĐ-2025", "--as-of", "2026-12-01"], 0, null),
        new("dossiers from standard input", ["rollup", "--dossiers", "-", "--units", "u.csv"], 0, null) { Stdin = "d.csv" },
        new("a count that is not a number", ["rollup", "--synthetic-count", "abc"], 2, "--synthetic-count 'abc': expected a whole number"),
        new("a count beyond int", ["rollup", "--synthetic-count", "99999999999"], 2, "--synthetic-count '99999999999': expected a whole number"),
        new("a count too large for memory", ["rollup", "--synthetic-count", "2000000000"], 2, "--synthetic-count '2000000000': expected a whole number from 1 to 10,000,000"),
        new("a zero count", ["rollup", "--synthetic-count", "0"], 2, "--synthetic-count '0'"),
        new("generate count not a number", ["generate", "--count", "abc"], 2, "--count 'abc': expected a whole number"),
        new("a period before the store", ["rollup", "--dossiers", "d.csv", "--units", "u.csv", "--period", "1999-09"], 2, "--period '1999-09': year must be between 2001 and 2099"),
        new("a period after the store", ["rollup", "--dossiers", "d.csv", "--units", "u.csv", "--period", "2180-01"], 2, "--period '2180-01'"),
        new("a period past the calendar", ["rollup", "--period", "2101-01"], 2, "--period '2101-01': year must be between 2001 and 2099"),
        new("a period past the generator", ["rollup", "--period", "2179-05"], 2, "--period '2179-05': year must be between 2001 and 2099"),
        new("a status period past the calendar", ["submissions", "status", "good-figures.csv", "--period", "2101-01", "--as-of", "2025-10-01"], 2, "--period '2101-01': year must be between 2001 and 2099"),
        new("a status period before the calendar", ["submissions", "status", "good-figures.csv", "--period", "1949-12", "--as-of", "2025-10-01"], 2, "--period '1949-12': year must be between 2001 and 2099"),
        new("a status period with month 13", ["submissions", "status", "good-figures.csv", "--period", "2025-13", "--as-of", "2025-10-01"], 2, "--period '2025-13': expected a month between 1 and 12"),
        new("forms of a period before zip timestamps", ["forms", "--period", "1979-12", "--out", "forms", "-q"], 2, "--period '1979-12': year must be between 2001 and 2099"),
        new("the periods of a year past the calendar", ["calendar", "periods", "2100"], 2, "<year> '2100': expected a year from 2001 to 2099."),
        new("a year that is not a number", ["calendar", "periods", "abc"], 2, "<year> 'abc': expected a year from 2001 to 2099."),
        new("working days that are not a number", ["calendar", "add", "2025-09-01", "abc"], 2, "<working-days> 'abc': expected a whole number."),
        new("a plan year past the calendar", ["plan", "import", "missing.docx", "--year", "99999"], 2, "--year '99999': expected a year from 2001 to 2099."),
        new("an unknown verb", ["frobnicate"], 2, "'frobnicate' is not a verb of khanhhoa-governance"),
        new("no verb at all", [], 2, "a verb is required"),
        new("a word an option does not take", ["calendar", "periods", "2025", "--kind", "week"], 2, "Argument 'week' not recognized. Must be one of: 'month' 'quarter' 'half' 'nine-months' 'year'"),
        new("a cycle in the units", ["rollup", "--dossiers", "d.csv", "--units", "cycle.csv"], 1, "cycle.csv, field parent_code: unit 'A' is part of a cycle"),
        new("an unknown parent in the units", ["rollup", "--dossiers", "d.csv", "--units", "orphan.csv"], 1, "orphan.csv, field parent_code: unit 'A' names parent 'ZZ'"),
        new("a folder as the dossiers", ["rollup", "--dossiers", "out", "--units", "u.csv"], 1, "--dossiers out: is a folder"),
        new("a folder as the units", ["rollup", "--dossiers", "d.csv", "--units", "out"], 1, "--units out: is a folder"),
        new("a missing dossiers file", ["rollup", "--dossiers", "missing.csv"], 1, "--dossiers missing.csv: no such file"),
        new("a missing figures file", ["check", "--figures", "missing.json"], 1, "--figures missing.json: no such file"),
        new("an existing file as --out", ["rollup", "--dossiers", "d.csv", "--units", "u.csv", "--out", "u.csv"], 2, "--out u.csv: is a file"),
        new("a folder as generate --out", ["generate", "--count", "10", "--out", "out"], 2, "--out out: is a folder"),
        new("two outputs of generate on one file", ["generate", "--count", "10", "--out", "d.csv", "--units-out", "d.csv"], 2, "--units-out d.csv: is also where --out writes d.csv; each output needs a file of its own"),
        new("the partial onto the report's own file", ["rollup", "--dossiers", "d.csv", "--units", "u.csv", "--format", "json", "--out", "out", "--partial-out", "out/bao-cao-2025-09.json"], 2, "--partial-out out/bao-cao-2025-09.json: is also where --out writes"),
        new("the partial onto the dossiers it reads", ["rollup", "--dossiers", "d.csv", "--units", "u.csv", "--partial-out", "d.csv"], 2, "--partial-out d.csv: is --dossiers, an input of this run; an output never replaces what the run reads"),
        new("a target of the report is a folder", ["rollup", "--dossiers", "d.csv", "--units", "u.csv", "-q"], 3, "/") { Setup = folder => Directory.CreateDirectory(Path.Combine(folder, "out", "bao-cao-2025-09.xlsx")) },
        new("a received date before 2000", ["rollup", "--dossiers", "before-2000.csv", "--units", "u.csv"], 1, "before-2000.csv, line 2, field received_at (column 6): date outside the supported range 2000-01-01 to 2179-06-05"),
        new("a finish date in 1899", ["rollup", "--dossiers", "in-1899.csv", "--units", "u.csv"], 1, "in-1899.csv, line 2, field finished_at (column 8): date outside the supported range"),
        new("a due date of year 1", ["rollup", "--dossiers", "year-1.csv", "--units", "u.csv"], 1, "year-1.csv, line 2, field due_date (column 7): date outside the supported range"),
        new("a unit founded in 1899", ["rollup", "--dossiers", "d.csv", "--units", "founded-1899.csv", "--format", "json", "--quiet"], 0, null),
        new("a unit moved under another parent mid-year, with submissions", ["rollup", "--units", "moved.csv", "--synthetic-count", "3000", "--submissions", "good-figures.csv", "--format", "json", "-q"], 1, "1/1 tệp bị từ chối; 0 tệp được tiếp nhận."),
        new("a unit code twice with overlapping validity", ["rollup", "--dossiers", "d.csv", "--units", "twice.csv"], 1, "twice.csv, line 3, field code (column 1): unit code"),
        new("invalid UTF-8 in a field", ["rollup", "--dossiers", "not-utf8.csv", "--units", "u.csv"], 1, "not-utf8.csv, line 2"),
        new("a NUL byte in a field", ["rollup", "--dossiers", "nul.csv", "--units", "u.csv"], 1, "nul.csv, line 2"),
        new("a bare quote in an unquoted field", ["rollup", "--dossiers", "quote.csv", "--units", "u.csv"], 1, "quote.csv, line 2"),
        new("a UTF-16 dossier file", ["rollup", "--dossiers", "utf16.csv", "--units", "u.csv"], 1, "utf16.csv, line 1: the file is UTF-16 (little-endian); save it as UTF-8"),
        new("a malformed field", ["rollup", "--dossiers", "bad-field.csv", "--units", "u.csv"], 1, "bad-field.csv, line 2, field due_date (column 7)"),
        new("an empty dossiers file", ["rollup", "--dossiers", "empty.csv"], 1, "empty.csv"),
        new("malformed figures", ["check", "--figures", "bad.json"], 1, "bad.json, line 1"),
        new("a partial merged alone", ["merge", "p.bin", "--period", "2025-09", "--units", "u.csv", "--format", "json", "--quiet"], 0, null),
        new("binary and JSON partials of other dossiers", ["merge", "p.bin", "other.json", "--period", "2025-09", "--format", "json", "--quiet"], 0, null),
        new("merge without partials", ["merge", "--period", "2025-09"], 2, "Required argument missing for command: 'merge'"),
        new("merge without a period", ["merge", "p.bin"], 2, "Option '--period' is required"),
        new("a missing partial", ["merge", "missing.bin", "--period", "2025-09"], 1, "partial missing.bin: no such file"),
        new("a folder as a partial", ["merge", "out", "--period", "2025-09"], 1, "partial out: is a folder"),
        new("a truncated binary partial", ["merge", "cut.bin", "--period", "2025-09"], 1, "cut.bin, field units: byte "),
        new("a binary partial with a flipped byte", ["merge", "flipped.bin", "--period", "2025-09"], 1, "flipped.bin, field checksum: byte "),
        new("a JSON partial with an unknown measure", ["merge", "bad-partial.json", "--period", "2025-09"], 1, "bad-partial.json, line "),
        new("a CSV given as a partial", ["merge", "d.csv", "--period", "2025-09"], 1, "d.csv, line 1, field $ (column 1): malformed JSON"),
        new("one partial twice", ["merge", "p.bin", "p.bin", "--period", "2025-09"], 1, "the partials (1 = p.bin, 2 = p.bin), field dossier_set: partial 2 counts the same 3000 dossiers as partial 1"),
        new("one partial without ids twice, in both forms", ["merge", "other.json", "other.bin", "--period", "2025-09"], 1, "the partials (1 = other.json, 2 = other.bin), field dossier_set: partial 2 counts the same"),
        new("partials of another period", ["merge", "p.bin", "--period", "2025-08"], 1, "the partials count periods 2024-10,"),
        new("a cycle above the partials", ["merge", "p.bin", "--period", "2025-09", "--units", "cycle.csv"], 1, "cycle.csv with the partials' units, field parent_code: unit 'A' is part of a cycle"),
        new("a folder as --partial-out", ["rollup", "--dossiers", "d.csv", "--units", "u.csv", "--partial-out", "out"], 2, "--partial-out out: is a folder"),
        new("an unknown partial format", ["rollup", "--partial-format", "xml"], 2, "--partial-format 'xml': expected binary or json"),
        new("an unknown report format", ["rollup", "--format", "pdf"], 2, "--format 'pdf': expected json, md, html, docx, xlsx or all"),
        new("a merged report's target is a folder", ["merge", "p.bin", "--period", "2025-09", "-q"], 3, "/") { Setup = folder => Directory.CreateDirectory(Path.Combine(folder, "out", "bao-cao-2025-09.xlsx")) },
        new("a vendor's workbook through its map", ["rollup", "--dossiers", "mot-cua.xlsx", "--map", "map.json", "--units", "u.csv", "--format", "json", "--quiet"], 0, null),
        new("a vendor's workbook without its map", ["rollup", "--dossiers", "mot-cua.xlsx", "--units", "u.csv"], 1, "mot-cua.xlsx, line 1, field dossier_id: header is missing column 'dossier_id'"),
        new("a wrong date in a workbook's cell", ["rollup", "--dossiers", "bad-cell.xlsx", "--map", "map.json", "--units", "u.csv"], 1, "bad-cell.xlsx, sheet 'Danh sách hồ sơ', cell G3 (due_date): not a calendar date"),
        new("a sheet the workbook does not have", ["rollup", "--dossiers", "mot-cua.xlsx", "--map", "map.json", "--sheet", "Tháng 9"], 1, "mot-cua.xlsx: the workbook has no sheet 'Tháng 9'"),
        new("a CSV named .xlsx", ["rollup", "--dossiers", "csv.xlsx", "--units", "u.csv"], 1, "csv.xlsx: the file is named as an Excel workbook (.xlsx) but holds text read as CSV (.csv)"),
        new("a map naming a column the contract lacks", ["rollup", "--dossiers", "d.csv", "--units", "u.csv", "--map", "bad-map.json"], 1, "bad-map.json, line 1, field $.columns[0].column (column "),
        new("a missing map", ["rollup", "--dossiers", "d.csv", "--units", "u.csv", "--map", "missing.json"], 1, "--map missing.json: no such file"),
        new("a map for a CSV generate", ["generate", "--count", "10", "--out", "x.csv", "--map", "map.json"], 2, "--map writes a vendor's workbook: give --out FILE.xlsx too"),
        new("a workbook larger than a sheet", ["generate", "--count", "2000000", "--out", "x.xlsx"], 2, "--count 2,000,000: an Excel sheet holds at most 1,048,575 dossiers"),
        new("a plan imported from its text", ["plan", "import", "plan.txt", "--out", "plan.json", "--quiet"], 0, null),
        new("a missing plan document", ["plan", "import", "missing.docx"], 1, "FILE missing.docx: no such file"),
        new("a damaged Word file", ["plan", "import", "broken.docx"], 1, "broken.docx: not a readable Word document (.docx)"),
        new("a plan document without a task table", ["plan", "import", "no-table.txt"], 1, "no-table.txt: no task table"),
        new("a missing plans file", ["plan", "list", "--plans", "missing.json"], 1, "--plans missing.json: no such file"),
        new("malformed plans", ["rollup", "--plans", "bad.json"], 1, "bad.json, line 1"),
        new("a folder without plans.json as --plans", ["plan", "list", "--plans", "out"], 1, "--plans out/plans.json: no such file"),
        new("a submission with a text for a number", ["submissions", "check", "bad-figures.csv"], 1, "1/1 tệp bị từ chối; 0 tệp được tiếp nhận."),
        new("a UTF-16 submission file", ["submissions", "check", "utf16-figures.csv"], 1, "1/1 tệp bị từ chối; 0 tệp được tiếp nhận."),
        new("a malformed submission document", ["submissions", "check", "bad.json"], 1, "1/1 tệp bị từ chối; 0 tệp được tiếp nhận."),
        new("a missing submission file", ["submissions", "check", "missing.csv"], 1, "path missing.csv: no such file"),
        new("a folder without submissions", ["submissions", "check", "empty-folder"], 0, null) { Setup = folder => Directory.CreateDirectory(Path.Combine(folder, "empty-folder")) },
        new("a period no data set is reported for", ["submissions", "status", "good-figures.csv", "--period", "2025-9M", "--as-of", "2025-10-01"], 2, "--period '2025-9M': no data set is reported for such a period"),
        new("a status day outside the calendar", ["submissions", "status", "good-figures.csv", "--period", "2025-09", "--as-of", "2200-01-01"], 2, "--as-of"),
        new("missing submissions for the rollup", ["rollup", "--submissions", "missing-folder", "--synthetic-count", "3000"], 1, "--submissions missing-folder: no such file"),
        new("a text file named as a form", ["submissions", "check", "fake.xlsx"], 1, "1/1 tệp bị từ chối; 0 tệp được tiếp nhận.") { Setup = folder => File.WriteAllText(Path.Combine(folder, "fake.xlsx"), "unit_code,period\n") },
        new("a form sent unfilled and never saved", ["submissions", "check", "form.xlsx"], 1, "1/1 tệp bị từ chối; 0 tệp được tiếp nhận.") { Setup = folder => WriteForm(Path.Combine(folder, "form.xlsx")) },
        new("the forms of one unit", ["forms", "--period", "2025-09", "--data-set", "3433.PROGRESS", "--unit", "SO_YT", "--out", "forms", "-q"], 0, null),
        new("the forms of a sector branch", ["forms", "--period", "2026-11", "--unit", "THUE_KV13", "--out", "forms", "-q"], 0, null),
        new("forms of an unknown data set", ["forms", "--period", "2025-09", "--data-set", "NOPE", "--out", "forms"], 2, "--data-set 'NOPE': no such data set"),
        new("forms of a unit that reports nothing", ["forms", "--period", "2025-09", "--unit", "NOPE", "--out", "forms"], 2, "--unit NOPE: no such unit reports any data set for 2025-09"),
        new("forms of a period no data set is reported for", ["forms", "--period", "2025-9M", "--out", "forms"], 2, "--period '2025-9M': no data set is reported for such a period"),
        new("forms of a period not in force for the data set", ["forms", "--period", "2025-09", "--data-set", "954.PROGRESS", "--out", "forms"], 2, "--period '2025-09': data set 954.PROGRESS applies from 2025-11-11"),
        new("forms written into a file", ["forms", "--period", "2025-09", "--out", "u.csv"], 2, "--out u.csv: is a file"),
        new("a workbook row with its cells out of order", ["rollup", "--dossiers", "out-of-order.xlsx", "--map", "map.json", "--units", "u.csv"], 1, "out-of-order.xlsx, sheet 'Danh sách hồ sơ', cell A3: the cell comes after cell B3 in its row"),
        new("a cell pointing at a shared string the workbook lacks", ["rollup", "--dossiers", "dangling.xlsx", "--map", "map.json", "--units", "u.csv"], 1, "dangling.xlsx, sheet 'Danh sách hồ sơ', cell B3: the cell points at shared string '99999'"),
        new("a form whose file says it was saved in 9999", ["submissions", "check", "form.xlsx"], 1, "1/1 tệp bị từ chối; 0 tệp được tiếp nhận.") { Setup = folder => WriteForm(Path.Combine(folder, "form.xlsx"), savedOn: new DateTime(9999, 12, 31, 23, 0, 0, DateTimeKind.Utc)) },
        new("another province's report on a tree of one's own", ["rollup", "--units", "two-units.csv", "--synthetic-count", "3000", "--submissions", "good-figures.csv", "--format", "json", "-q"], 1, "1/1 tệp bị từ chối; 0 tệp được tiếp nhận."),
        new("a text plan in UTF-16", ["plan", "import", "plan-utf16.txt", "--out", "plan.json", "-q"], 0, null),
        new("a text plan in Latin-1", ["plan", "import", "plan-latin1.txt", "--out", "plan.json"], 1, "plan-latin1.txt: the text is not UTF-8 (byte 6); save it as UTF-8 (a legacy code page such as Windows-1258 or TCVN3 is not guessed)"),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_hostile_input_gets_its_exit_code_one_sentence_and_an_untouched_folder(string name)
    {
        var test = Cases[name];
        output.WriteLine($"today for this run: {Today:uuuu-MM-dd} (TEST_TODAY={Environment.GetEnvironmentVariable("TEST_TODAY") ?? "unset"})");
        using var folder = new TempFolder();
        inputs.CopyTo(folder.Path);
        test.Setup?.Invoke(folder.Path);
        var before = Snapshot(folder.Path);

        var run = SampleRun.AsProcess(folder.Path, test.Stdin is { } stdin ? File.ReadAllBytes(folder.File(stdin)) : null, test.Args);

        Assert.True(test.Exit == run.ExitCode, $"exit {run.ExitCode}, expected {test.Exit}: {run.Error[Math.Max(0, run.Error.Length - 600)..]}");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        if (test.Error is null)
        {
            Assert.Equal(string.Empty, run.Error);
            return;
        }

        var first = run.Error.Split('\n')[0];
        Assert.StartsWith("error: " + test.Error, first, StringComparison.Ordinal);
        Assert.EndsWith(".", first, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(folder.Path));
    }

    // Another month's folder given by mistake is said, not read as nobody having reported.
    [Fact]
    public void Submissions_of_another_period_are_named_as_not_counted()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, SampleRun.InProcess("submissions", "sample", "--out", folder.File("s"), "-q").ExitCode);

        var run = SampleRun.InProcess("rollup", "--period", "2025-08", "--synthetic-count", "2000", "--submissions", folder.File("s"), "--format", "md", "--out", folder.File("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Note: 225 submissions are for other periods than 2025-08 (2025-09: 225); they are not counted in this report.", run.Output, StringComparison.Ordinal);
    }

    // A file with thousands of errors prints its first 50 and how many more, not a line per error.
    [Fact]
    public void A_submission_with_thousands_of_errors_is_listed_with_a_cap()
    {
        using var folder = new TempFolder();
        var figures = string.Join(", ", Enumerable.Range(0, 5000).Select(static i => $$"""{"element": "ghost{{i}}", "value": "1"}"""));
        File.WriteAllText(folder.File("many.json"), $$"""{"schemaVersion": 1, "unitCode": "SO_YT", "dataSet": "P06.MONTHLY", "period": "2025-09", "submittedAt": "2025-09-11T16:00", "figures": [{{figures}}]}""");

        var run = SampleRun.AsProcess(folder.Path, "submissions", "check", "many.json");

        var lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: 1/1 tệp bị từ chối; 0 tệp được tiếp nhận.", lines[0]);
        Assert.Equal("  many.json: 5000 lỗi", lines[1]);
        Assert.Equal(2 + 50 + 1, lines.Length);
        Assert.Equal("    và 4950 lỗi khác", lines[^1]);
    }

    // A full disk under standard output is the output's failure (exit 3), not bad input (exit 1), in a verb that only
    // prints and in one that reads files first.
    [Theory]
    [InlineData("calendar periods 2025")]
    [InlineData("submissions check good-figures.csv")]
    public void A_full_standard_output_is_an_output_failure(string verb)
    {
        using var folder = new TempFolder();
        inputs.CopyTo(folder.Path);
        var host = Path.Combine(AppContext.BaseDirectory, "khanhhoa-governance.dll");
        var start = new System.Diagnostics.ProcessStartInfo("sh") { WorkingDirectory = folder.Path, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet \"$0\" {verb} > /dev/full");
        start.ArgumentList.Add(host);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));

        Assert.Equal(3, process.ExitCode);
        Assert.Equal("error: standard output: No space left on device.", error.Split('\n')[0]);
    }

    [Fact]
    public async Task Dossiers_from_a_fifo_are_read_as_they_come()
    {
        using var folder = new TempFolder();
        inputs.CopyTo(folder.Path);
        var fifo = folder.File("dossiers.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // The writer blocks until the host opens the FIFO, as a provincial system exporting into it would, then sends the
        // file in 16 KiB pieces with a pause between them. The file is several times a pipe's 64 KiB buffer, so the
        // writer can only finish if the host reads the pieces as they come.
        var bytes = File.ReadAllBytes(folder.File("d.csv"));
        Assert.True(bytes.Length > 2 * 65536, $"d.csv has only {bytes.Length} bytes: too small to fill the pipe");
        var pieces = 0;
        var writer = Task.Run(() =>
        {
            using var pipe = new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.Read, 1);
            for (var offset = 0; offset < bytes.Length; offset += 16384)
            {
                pipe.Write(bytes, offset, Math.Min(16384, bytes.Length - offset));
                pipe.Flush();
                pieces++;
                Thread.Sleep(5);
            }
        });
        var run = SampleRun.AsProcess(folder.Path, "rollup", "--dossiers", fifo, "--units", "u.csv", "--format", "json");
        await writer;
        var whole = SampleRun.AsProcess(folder.Path, "rollup", "--dossiers", "d.csv", "--units", "u.csv", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal((bytes.Length + 16383) / 16384, pieces);
        // What arrived in pieces rolls up as the whole file does.
        using var fromPipe = System.Text.Json.JsonDocument.Parse(run.Output);
        using var fromFile = System.Text.Json.JsonDocument.Parse(whole.Output);
        Assert.Equal(fromFile.RootElement.GetProperty("units").GetRawText(), fromPipe.RootElement.GetProperty("units").GetRawText());
    }

    // Every file and folder under the run's working folder with a hash of its content.
    private static string Snapshot(string root) => string.Join('\n', Directory
        .EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(path => Path.GetRelativePath(root, path) + (File.Exists(path) ? " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "/")));

    /// <summary>One hostile case: the command line, the exit code and the start of the error sentence (none on success).</summary>
    // A form as the library generates it, as a unit would send it back without filling it in.
    private static void WriteForm(string path, DateTime? savedOn = null)
    {
        var data = KhanhHoa.Governance.Data.GovernanceData.Default;
        var desk = new KhanhHoa.Governance.Submissions.SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans);
        using (var file = File.Create(path))
        {
            KhanhHoa.Governance.Reporting.Import.SubmissionFormWriter.Write(file, desk, "SO_YT", "3433.PROGRESS", data.DataSets.Find("3433.PROGRESS")!.ParsePeriod("2025-09").AsT0);
        }

        if (savedOn is { } saved)
        {
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, true);
            document.PackageProperties.Modified = saved;
        }
    }

    private sealed record Case(string Name, string[] Args, int Exit, string? Error)
    {
        public string? Stdin { get; init; }

        public Action<string>? Setup { get; init; }
    }

    /// <summary>The inputs every case starts from, made once: a small synthetic province, broken variants, a previous report.</summary>
    public sealed class Inputs : IDisposable
    {
        private readonly TempFolder template = new();

        public Inputs()
        {
            var generated = SampleRun.InProcess("generate", "--count", "3000", "--out", template.File("d.csv"), "--units-out", template.File("u.csv"), "--quiet");
            Assert.Equal(0, generated.ExitCode);
            var unitsHeader = File.ReadLines(template.File("u.csv")).First();
            File.WriteAllLines(template.File("cycle.csv"), [unitsHeader, "A,Đơn vị A,B,,", "B,Đơn vị B,A,,"]);
            File.WriteAllLines(template.File("orphan.csv"), [unitsHeader, "A,Đơn vị A,ZZ,,"]);
            File.WriteAllLines(template.File("two-units.csv"), [unitsHeader, "P,Tỉnh,,,", "X1,Xã Một,P,,"]);
            File.WriteAllLines(template.File("moved.csv"), [unitsHeader, "P,Tỉnh,,,", "H,Huyện,P,,", "X1,Xã Một,H,,2025-06-30", "X1,Xã Một,P,2025-07-01,"]);
            File.WriteAllLines(template.File("bad-field.csv"), [DossierCsv.Header, DossierCsv.GoodRow.Replace("2025-09-05", "2025-09-31", StringComparison.Ordinal)]);
            File.WriteAllText(template.File("empty.csv"), string.Empty);
            WriteDossier("before-2000.csv", DossierCsv.GoodRow.Replace("2025-09-01T08:30", "1999-12-31T08:30", StringComparison.Ordinal));
            WriteDossier("in-1899.csv", DossierCsv.GoodRow.Replace("2025-09-03T10:00", "1899-12-31T10:00", StringComparison.Ordinal));
            WriteDossier("year-1.csv", DossierCsv.GoodRow.Replace("2025-09-05", "0001-01-01", StringComparison.Ordinal));
            WriteDossier("quote.csv", DossierCsv.GoodRow.Replace("TTHC-0001", "TTHC\"0001", StringComparison.Ordinal));
            WriteDossier("nul.csv", DossierCsv.GoodRow.Replace("TTHC-0001", "TTHC\00001", StringComparison.Ordinal));
            File.WriteAllBytes(template.File("not-utf8.csv"), [.. Encoding.UTF8.GetBytes(DossierCsv.Header + "\n"), .. Encoding.UTF8.GetBytes(DossierCsv.GoodRow).Select(b => b == (byte)'-' ? (byte)0xFF : b), (byte)'\n']);
            File.WriteAllText(template.File("utf16.csv"), DossierCsv.Header + "\n" + DossierCsv.GoodRow + "\n", Encoding.Unicode);
            // The first unit is the province, a root whose validity fields are empty: "KHANH_HOA,…,,,".
            var units = File.ReadAllLines(template.File("u.csv"));
            File.WriteAllLines(template.File("founded-1899.csv"), [units[0], units[1][..^1] + "1899-01-01,", .. units[2..]]);
            File.WriteAllLines(template.File("twice.csv"), [units[0], units[1], units[1], .. units[2..]]);
            File.WriteAllText(template.File("bad.json"), "{\"figures\": [");
            WritePartials();
            WriteWorkbooks();
            File.WriteAllText(template.File("plan.txt"), "Số: 15/KH-UBND\nKẾ HOẠCH\nChuyển đổi số năm 2025\nTT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n1\nSố hóa hộ tịch\nSở Tư pháp\nCông an tỉnh\nQuý IV/2025\n");
            File.WriteAllText(template.File("plan-utf16.txt"), File.ReadAllText(template.File("plan.txt")), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
            File.WriteAllText(template.File("plan-latin1.txt"), "Ghi chú: Bà Nà\n", Encoding.Latin1);
            File.WriteAllText(template.File("no-table.txt"), "KẾ HOẠCH\nSố: 12/KH-UBND\nKhánh Hòa, ngày 01 tháng 9 năm 2025\nKhông có bảng nhiệm vụ.\n");
            File.WriteAllBytes(template.File("broken.docx"), [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00]);
            const string FiguresHeader = "unit_code,data_set,period,submitted_at,element,value,comment";
            File.WriteAllLines(template.File("good-figures.csv"), [FiguresHeader, "VP_UBND,P06.MONTHLY,2025-09,2025-09-11T16:00,tthc_total,2156,"]);
            File.WriteAllLines(template.File("bad-figures.csv"), [FiguresHeader, "VP_UBND,P06.MONTHLY,2025-09,2025-09-11T16:00,tthc_total,hai nghìn,"]);
            File.WriteAllText(template.File("utf16-figures.csv"), FiguresHeader + "\n", Encoding.Unicode);
            Directory.CreateDirectory(template.File("out"));
            File.WriteAllText(template.File(Path.Combine("out", "bao-cao-2025-09.json")), "{\"previous\": true}", Encoding.UTF8);
        }

        // Partials of d.csv (binary, with dossier fingerprints) and of other dossiers (JSON and binary, without), and damaged copies.
        private void WritePartials()
        {
            var reports = template.File("reports");
            Succeed(SampleRun.InProcess("rollup", "--dossiers", template.File("d.csv"), "--units", template.File("u.csv"), "--format", "json", "--out", reports, "--partial-out", template.File("p.bin"), "--partial-ids", "--quiet"));
            var other = template.File("other.csv");
            Succeed(SampleRun.InProcess("generate", "--count", "500", "--seed", "5", "--out", other, "--quiet"));
            File.WriteAllLines(other, File.ReadAllLines(other).Select((line, i) => i == 0 ? line : "O" + line));
            Succeed(SampleRun.InProcess("rollup", "--dossiers", other, "--units", template.File("u.csv"), "--format", "json", "--out", reports, "--partial-out", template.File("other.json"), "--quiet"));
            Succeed(SampleRun.InProcess("rollup", "--dossiers", other, "--units", template.File("u.csv"), "--format", "json", "--out", reports, "--partial-out", template.File("other.bin"), "--quiet"));
            Directory.Delete(reports, recursive: true);
            File.Delete(other);
            var bytes = File.ReadAllBytes(template.File("p.bin"));
            File.WriteAllBytes(template.File("cut.bin"), bytes[..200]);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(template.File("flipped.bin"), bytes);
            File.WriteAllText(template.File("bad-partial.json"), File.ReadAllText(template.File("other.json")).Replace("\"received\": ", "\"receive\": ", StringComparison.Ordinal));
        }

        // A one-door export of 200 dossiers in the shipped map's headers and words, a copy with a clerk's wrong date in
        // G3, a CSV under a workbook's name, and a map that names a column the contract does not have.
        private void WriteWorkbooks()
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "maps", "mot-cua-dien-tu.map.json"), template.File("map.json"));
            Succeed(SampleRun.InProcess("generate", "--count", "200", "--out", template.File("mot-cua.xlsx"), "--map", template.File("map.json"), "--quiet"));
            File.Copy(template.File("mot-cua.xlsx"), template.File("bad-cell.xlsx"));
            using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(template.File("bad-cell.xlsx"), true))
            {
                var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ElementAt(2)
                    .Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(6);
                cell.StyleIndex = null;
                cell.CellValue = null;
                cell.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString;
                cell.InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("31/09/2025"));
            }

            Damage("out-of-order.xlsx", cells =>
            {
                cells[0].CellReference = "B3";
                cells[1].CellReference = "A3";
            });
            Damage("dangling.xlsx", cells =>
            {
                cells[1].InlineString = null;
                cells[1].DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString;
                cells[1].CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("99999");
            });
            File.Copy(template.File("d.csv"), template.File("csv.xlsx"));
            File.WriteAllText(template.File("bad-map.json"), """{"schema":"khanhhoa-governance/dossier-column-map/1","name":"x","columns":[{"column":"ma_ho_so","headers":["Mã hồ sơ"]}]}""");
        }

        // A copy of the vendor's workbook with the cells of its third row damaged.
        private void Damage(string name, Action<List<DocumentFormat.OpenXml.Spreadsheet.Cell>> damage)
        {
            File.Copy(template.File("mot-cua.xlsx"), template.File(name));
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(template.File(name), true);
            damage([.. document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ElementAt(2).Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>()]);
        }

        private static void Succeed(SampleRun run) => Assert.True(run.ExitCode == 0, run.Error);

        private void WriteDossier(string name, string row) => File.WriteAllLines(template.File(name), [DossierCsv.Header, row]);

        public void CopyTo(string folder)
        {
            foreach (var path in Directory.EnumerateFiles(template.Path, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(template.Path, path));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(path, target);
            }
        }

        public void Dispose() => template.Dispose();
    }
}
