using System.Text.Json;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;
using NodaTime;

namespace KhanhHoa.Governance.Sample.Tests;

public sealed class VerbTest
{
    [Fact]
    public void Calendar_day_gives_the_lunar_date_and_the_legal_reason_for_a_holiday()
    {
        var run = SampleRun.InProcess("calendar", "day", "2025-09-02");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lunar date:  11/7/2025", run.Output, StringComparison.Ordinal);
        Assert.Contains("working day: no", run.Output, StringComparison.Ordinal);
        Assert.Contains("Quốc khánh", run.Output, StringComparison.Ordinal);
        Assert.Contains("45/2019/QH14", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_day_explains_a_weekly_rest_day_and_an_ordinary_working_day()
    {
        var saturday = SampleRun.InProcess("calendar", "day", "2025-09-06");
        var wednesday = SampleRun.InProcess("calendar", "day", "2025-09-10");

        Assert.Contains("weekly rest day", saturday.Output, StringComparison.Ordinal);
        Assert.Contains("working day: yes", wednesday.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("why:", wednesday.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-08-29", 3)]
    [InlineData("2025-01-20", 10)]
    [InlineData("2025-09-15", -7)]
    public void Calendar_add_agrees_with_the_business_calendar(string start, int days)
    {
        var from = NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value;
        var expected = BusinessCalendar.CivilService.AddWorkingDays(from, days);

        var run = SampleRun.InProcess("calendar", "add", start, days.ToString(System.Globalization.CultureInfo.InvariantCulture), "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{expected:uuuu-MM-dd} ({expected.DayOfWeek})", run.Output.Trim());
    }

    [Fact]
    public void Calendar_periods_lists_the_administrative_months_of_a_year()
    {
        var run = SampleRun.InProcess("calendar", "periods", "2025", "--cutoff", "administrative", "--quiet");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(12, lines.Length);
        Assert.StartsWith("2025-09  2025-08-15 2025-09-14", lines[8], StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_verbs_read_the_seed_plans()
    {
        var tasks = SampleRun.InProcess("plan", "tasks", "3433/KH-UBND", "--quiet");
        var clears = SampleRun.InProcess("plan", "five-clears", "3433/KH-UBND");
        var matrix = SampleRun.InProcess("plan", "matrix", "Sở Khoa học và Công nghệ");

        Assert.Equal(84, tasks.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("3433/KH-UBND: 82 tasks", clears.Output, StringComparison.Ordinal);
        // With what "Các sở, ban, ngành, địa phương" and the other collectives of departments give every department.
        Assert.Contains("leads 70 tasks, supports 74", matrix.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SO_YT")]
    [InlineData("THUE_KV13")]
    [InlineData("BHXH_KV24")]
    public void The_matrix_of_a_unit_lists_the_rows_of_its_3433_form_under_the_same_roles(string unit)
    {
        using var folder = new TempFolder();
        var matrix = SampleRun.InProcess("plan", "matrix", unit, "--quiet");
        var forms = SampleRun.InProcess("forms", "--period", "2026-11", "--data-set", "3433.PROGRESS", "--unit", unit, "--out", folder.Path, "--quiet");

        Assert.Equal(0, forms.ExitCode);
        var fromMatrix = matrix.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(static line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(static words => words.Length > 2 && words[1] == "3433/KH-UBND")
            .SelectMany(static words => words.Skip(2).Select(task => (task, words[0] == "lead" ? "Chủ trì" : "Phối hợp")))
            .Order();
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Directory.GetFiles(folder.Path).Single(), false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ElementAt(1);
        var rows = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Skip(2)
            .Select(static row => row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(static c => c.InnerText).ToList())
            .Select(static cells => (cells[1], cells[3]))
            .Order();
        Assert.Equal(fromMatrix, rows);
    }

    [Fact]
    public void Plan_status_without_progress_shows_tasks_past_their_deadline_as_overdue()
    {
        var run = SampleRun.InProcess("plan", "status", "3433/KH-UBND", "--as-of", "2025-06-25", "--progress", "none");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("progress: none known", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^4\s+Overdue\s+due 2025-03-31", run.Output);
        Assert.Contains("on time 0, late 0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_status_labels_the_illustrative_progress_as_synthetic()
    {
        var run = SampleRun.InProcess("plan", "status", "BCĐ-2025");

        Assert.Contains("SYNTHETIC", run.Output, StringComparison.Ordinal);
        Assert.Contains("CompletedOnTime", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_lists_the_contradictions_of_report_87()
    {
        var expected = GovernanceData.Default.ReportFigures.Check().Violations;

        var run = SampleRun.InProcess("check", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(expected.Count, json.RootElement.GetProperty("violationCount").GetInt32());
        var violated = json.RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("outcome").GetString() == "Violated")
            .Select(r => r.GetProperty("rule").GetString());
        Assert.Equal(expected.Select(v => v.Rule.Id), violated);
    }

    [Fact]
    public void Generate_writes_the_same_dossiers_as_the_library_and_a_units_file_the_reader_accepts()
    {
        using var folder = new TempFolder();
        var csv = folder.File("dossiers.csv");
        var unitsCsv = folder.File("units.csv");

        var run = SampleRun.InProcess("generate", "--count", "3000", "--seed", "5", "--out", csv, "--units-out", unitsCsv);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("SYNTHETIC", run.Output, StringComparison.Ordinal);
        var units = OrgUnitCsvReader.ReadFile(unitsCsv).Value;
        // The province, 14 departments, 5 sector branches and other task holders, 65 communes, wards and the special zone.
        Assert.Equal(85, units.Count);
        var leaves = units.Where(u => u.ParentCode is not null).Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
        using var expected = new MemoryStream();
        SyntheticDossiers.WriteCsv(expected, leaves, new LocalDate(2024, 8, 16), new LocalDate(2025, 9, 15), 3000, 5);
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(csv));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Generate_without_out_writes_only_the_csv_to_standard_output()
    {
        var run = SampleRun.InProcess("generate", "--count", "10");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("dossier_id,unit_code,", lines[0], StringComparison.Ordinal);
        Assert.Contains("SYNTHETIC", run.Error, StringComparison.Ordinal);
    }
}
