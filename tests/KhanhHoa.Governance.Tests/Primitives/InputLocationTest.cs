using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks.Import;

namespace KhanhHoa.Governance.Tests.Primitives;

// One finding type and one location type: every error and warning is an InputError, and its Location holds the parts
// of whichever format it came from, the sheet apart from the file.
public sealed class InputLocationTest
{
    [Fact]
    public void A_cell_error_locates_its_sheet_and_a_row_error_its_file()
    {
        var cell = new InputError(12, 7, "expected a date") { Source = "Danh sách", Cell = "G12", Field = "due_date" };
        var row = new InputError(12, 7, "expected a date") { Source = "d.csv", Field = "due_date" };

        Assert.Equal(new InputLocation { Sheet = "Danh sách", Cell = "G12", Line = 12, Column = 7, Field = "due_date" }, cell.Location);
        Assert.Equal("Danh sách!G12 (due_date)", cell.Location.ToString());
        Assert.Equal(new InputLocation { File = "d.csv", Line = 12, Column = 7, Field = "due_date" }, row.Location);
        Assert.Equal("d.csv, line 12, column 7 (due_date)", row.Location.ToString());
        Assert.Equal(InputSeverity.Error, row.Severity);
    }

    // An error keeps the one-line form hosts and tests already read; a warning gives its whole location.
    [Property(MaxTest = 200)]
    public Property An_error_prints_as_before_and_a_warning_with_its_location() =>
        Prop.ForAll(Gen.Choose(1, 5000).ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), (line, column) =>
        {
            var error = new InputError(line, column, "m") { Field = column == 0 ? string.Empty : "f" };
            var warning = error with { Source = "plan.txt", Severity = InputSeverity.Warning, Field = "task 3" };
            var expected = column == 0 ? $"line {line}: m" : $"line {line}, column {column} (f): m";
            return error.ToString() == expected
                && warning.ToString() == (column == 0 ? $"plan.txt, line {line} (task 3): m" : $"plan.txt, line {line}, column {column} (task 3): m");
        });

    [Fact]
    public void A_plan_import_reports_its_findings_as_located_warnings()
    {
        const string text = "KẾ HOẠCH\nTT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n1\nSố hóa hộ tịch\nBan Quản lý vịnh Vân Phong\nSở Tư pháp\nkhi có kinh phí\n";

        var report = PlanImporter.ImportText(text, "plan.txt", GovernanceData.Default.Agencies, new PlanImportOptions { PlanId = "X", ContextYear = 2025 }).Value.Report;

        var unresolved = Assert.Single(report.UnresolvedAgencies);   // at the row, whose first cell is line 7
        Assert.Equal(InputSeverity.Warning, unresolved.Severity);
        Assert.Equal(("plan.txt", 7, "task 1"), (unresolved.Location.File, unresolved.Location.Line, unresolved.Location.Field));
        Assert.StartsWith("plan.txt, line 7 (task 1): ", unresolved.ToString(), StringComparison.Ordinal);
        Assert.All(report.UnreadableDeadlines.Concat(report.Ambiguities), static f => Assert.Equal(InputSeverity.Warning, f.Severity));
    }
}
