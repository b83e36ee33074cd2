using System.Text.Json;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Sample.Tests;

public sealed class RollupTest
{
    private static readonly string[] Extensions = [".json", ".md", ".html", ".docx", ".xlsx"];

    [Fact]
    public void Json_on_standard_output_carries_the_rollup_contract_and_matches_the_engine_on_the_same_files()
    {
        using var folder = new TempFolder();
        var dossiers = folder.File("dossiers.csv");
        var units = folder.File("units.csv");
        Assert.Equal(0, SampleRun.InProcess("generate", "--count", "20000", "--seed", "11", "--out", dossiers, "--units-out", units).ExitCode);

        var run = SampleRun.InProcess("rollup", "--dossiers", dossiers, "--units", units, "--period", "2025-09", "--cutoff", "15", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var period = json.RootElement.GetProperty("period");
        var september = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));
        Assert.Equal("2025-09", period.GetProperty("id").GetString());
        Assert.Equal("2025-08-16", period.GetProperty("start").GetString());
        Assert.Equal("2025-09-15", period.GetProperty("end").GetString());
        var expected = Engine(dossiers, units, september);
        // In the rollup's own order: units depth-first from the root, measures in contract order.
        var actual = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(expected.Units.Select(u => u.Code), actual.Select(u => u.GetProperty("code").GetString()));
        foreach (var (unit, element) in expected.Units.Zip(actual))
        {
            Assert.Equal(unit.ParentCode, element.GetProperty("parent").GetString());
            Assert.Equal(
                DossierMeasures.All.Select(m => (DossierMeasures.NameOf(m), unit.Measures[m])),
                element.GetProperty("measures").EnumerateObject().Select(m => (m.Name, m.Value.GetInt64())));
        }
    }

    [Fact]
    public void The_synthetic_province_gives_the_same_figures_as_its_generated_files_and_is_labelled_synthetic()
    {
        using var folder = new TempFolder();
        var dossiers = folder.File("dossiers.csv");
        var units = folder.File("units.csv");
        SampleRun.InProcess("generate", "--count", "20000", "--out", dossiers, "--units-out", units);

        var synthetic = SampleRun.InProcess("rollup", "--synthetic-count", "20000", "--format", "json");
        var fromFiles = SampleRun.InProcess("rollup", "--dossiers", dossiers, "--units", units, "--format", "json");

        using var a = JsonDocument.Parse(synthetic.Output);
        using var b = JsonDocument.Parse(fromFiles.Output);
        Assert.Equal(Measures(b), Measures(a));
        Assert.True(a.RootElement.GetProperty("containsSyntheticData").GetBoolean());
        Assert.All(a.RootElement.GetProperty("units").EnumerateArray(), u => Assert.Equal("synthetic", u.GetProperty("provenance").GetString()));
        Assert.Equal("computed", b.RootElement.GetProperty("units")[0].GetProperty("provenance").GetString());
        // A run on files takes no demo data: no submission was received, so no task has made-up progress.
        Assert.Equal("reported", b.RootElement.GetProperty("tasks").GetProperty("provenance").GetString());
        Assert.False(b.RootElement.GetProperty("containsSyntheticData").GetBoolean());
    }

    [Fact]
    public void A_finding_on_the_submitted_report_87_figures_is_Vietnamese_and_cites_the_sections_of_report_87()
    {
        var run = SampleRun.InProcess("rollup", "--synthetic-count", "3000", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var levels = json.RootElement.GetProperty("violations").EnumerateArray().Single(v => v.GetProperty("ruleCode").GetString() == "R87.FULL.LEVELS");
        Assert.Equal("Số liệu kết quả triển khai Đề án 06 hằng tháng theo 87/BC-BCĐ, mục I.4.a", levels.GetProperty("citation").GetString());
        // The procedure counts' owner (report 87 does not say who; the data marks it as assumed).
        Assert.Equal(("VP_UBND", "Văn phòng Ủy ban nhân dân tỉnh"), (levels.GetProperty("unitCode").GetString(), levels.GetProperty("unitName").GetString()));
        Assert.EndsWith("= 1.466, khác số TTHC cung cấp DVC trực tuyến toàn trình (1.224)", levels.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("= 1.466 fails == 1.224", levels.GetProperty("descriptionEn").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_run_writes_every_format_and_a_labelled_summary()
    {
        using var folder = new TempFolder();

        var run = SampleRun.InProcess("rollup", "--synthetic-count", "30000", "--out", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        foreach (var extension in Extensions)
        {
            Assert.True(new FileInfo(folder.File("bao-cao-2025-09" + extension)).Length > 1000, extension);
        }

        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
        Assert.Contains("SYNTHETIC", run.Output, StringComparison.Ordinal);
        Assert.Contains("I. Indicators of the province", run.Output, StringComparison.Ordinal);
        Assert.Contains("Overdue tasks by lead agency", run.Output, StringComparison.Ordinal);
        // Of report 87's 12 contradictions, one (R87.SOCIAL.DISTINCT) reads the communes' SYNTHETIC parts.
        Assert.Contains("Consistency findings: 11 in report 87/BC-BCĐ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Report outline (review):", run.Output, StringComparison.Ordinal);
        // Section I's footnotes: the communes behind two figures, three elements' notes, 19 of the units' texts.
        Assert.Contains("  I. KẾT QUẢ CÁC MẶT CÔNG TÁC: 9 numbered items, 9 tables of 69 rows, 24 footnotes", run.Output, StringComparison.Ordinal);
        // Report 87's words as four of its units sent them, with the month's documents in footnotes.
        Assert.Contains("Units' texts: 6 texts from 4 units, printed under their sections\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Matches(@"  I\. KẾT QUẢ CÁC MẶT CÔNG TÁC: .*, 2[0-9] footnotes", run.Output);
        Assert.Contains("Note: plan 954/QĐ-UBND was issued on 11/11/2025, after 15/09/2025: its tasks are not counted", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Report written to {folder.Path}", run.Output, StringComparison.Ordinal);
        Assert.Contains("DỮ LIỆU GIẢ LẬP", File.ReadAllText(folder.File("bao-cao-2025-09.md")), StringComparison.Ordinal);

        // The signable copy beside it, and the console says which file is which.
        Assert.Contains(" review: everything, synthetic data labelled", run.Output, StringComparison.Ordinal);
        Assert.Contains(" signable: only the figures the units reported", run.Output, StringComparison.Ordinal);
        var signable = File.ReadAllText(folder.File("bao-cao-2025-09-trinh-ky.md"));
        Assert.DoesNotContain("GIẢ LẬP", signable, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("R87.", signable, StringComparison.Ordinal);
    }

    [Fact]
    public void One_format_writes_its_review_and_its_signable_file_and_quiet_prints_nothing()
    {
        using var folder = new TempFolder();

        var run = SampleRun.InProcess("rollup", "--synthetic-count", "5000", "--format", "md", "--out", folder.Path, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(["bao-cao-2025-09-trinh-ky.md", "bao-cao-2025-09.md"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    // The synthetic dossiers fall on the same days relative to their period: seeded by the period, two periods never
    // print the same figures (the 2026-11 report once repeated 2025-09's to the digit).
    [Fact]
    public void Two_periods_of_synthetic_dossiers_print_different_figures()
    {
        string Values(string period)
        {
            var run = SampleRun.InProcess("rollup", "--period", period, "--synthetic-count", "5000", "--format", "json", "--quiet");
            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(run.Output);
            return string.Join(";", json.RootElement.GetProperty("units").EnumerateArray().First().GetProperty("measures").EnumerateObject().Select(static m => m.Value.GetInt64()));
        }

        Assert.NotEqual(Values("2025-09"), Values("2026-11"));
    }

    [Fact]
    public void A_quarter_is_rolled_up_with_its_months()
    {
        var run = SampleRun.InProcess("rollup", "--period", "2025-Q3", "--cutoff", "calendar", "--synthetic-count", "5000", "--format", "json", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("2025-Q3", json.RootElement.GetProperty("period").GetProperty("id").GetString());
        Assert.Equal("2025-07-01", json.RootElement.GetProperty("period").GetProperty("start").GetString());
    }

    [Fact]
    public void The_default_runs_trend_covers_every_month_across_the_reorganisation_on_the_embedded_hierarchy()
    {
        var run = SampleRun.InProcess("rollup", "--synthetic-count", "20000", "--format", "json", "--quiet");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        string[] months = ["2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"];
        var rows = json.RootElement.GetProperty("indicatorGroups").EnumerateArray().SelectMany(group => group.GetProperty("rows").EnumerateArray()).Where(row => row.GetProperty("code").GetString()!.StartsWith("RPT.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            var trend = row.GetProperty("trend").EnumerateArray().ToList();
            Assert.Equal(months, trend.Select(point => point.GetProperty("month").GetString()));
            Assert.All(trend, point => Assert.Equal(JsonValueKind.Number, point.GetProperty("value").ValueKind));
        });
    }

    [Fact]
    public void Dossiers_of_communes_before_1_July_2025_move_to_their_successor_or_stay_unallocated_with_a_note()
    {
        using var folder = new TempFolder();
        var dossiers = folder.File("dossiers.csv");
        SampleRun.InProcess("generate", "--count", "5000", "--out", folder.File("base.csv"));
        File.Copy(folder.File("base.csv"), dossiers);
        // Cam Lập passed whole to Nam Cam Ranh; Cam Hòa was split (Resolution 1667): both received dossiers in September 2025.
        File.AppendAllLines(dossiers, [
            DossierCsv.GoodRow.Replace("HS1,CA_TINH", "OLD1,old.tp-cam-ranh.xa-cam-lap", StringComparison.Ordinal),
            DossierCsv.GoodRow.Replace("HS1,CA_TINH", "OLD2,old.h-cam-lam.xa-cam-hoa", StringComparison.Ordinal)]);

        var run = SampleRun.InProcess("rollup", "--dossiers", dossiers, "--format", "json");
        var without = SampleRun.InProcess("rollup", "--dossiers", folder.File("base.csv"), "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Note: 1 dossiers received in 2025-09 by old.h-cam-lam.xa-cam-hoa are in no unit's figures: unit 'old.h-cam-lam.xa-cam-hoa' was split or taken over in part (", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Output);
        using var before = JsonDocument.Parse(without.Output);
        Assert.DoesNotContain(json.RootElement.GetProperty("units").EnumerateArray(), unit => unit.GetProperty("code").GetString()!.StartsWith("old.", StringComparison.Ordinal));
        Assert.Equal(Received(before, "xa.nam-cam-ranh") + 1, Received(json, "xa.nam-cam-ranh"));
        Assert.Equal(Received(before, "KHANH_HOA") + 1, Received(json, "KHANH_HOA"));
    }

    private static long Received(JsonDocument report, string code) =>
        report.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == code).GetProperty("measures").GetProperty("received").GetInt64();

    private static PeriodRollup Engine(string dossiers, string units, ReportingPeriod period)
    {
        var hierarchy = OrgUnitCsvReader.ReadFile(units).Value;
        var store = DossierCsvReader.ReadFile(dossiers, DossierReadOptions.ForUnits(hierarchy)).GetValueOrThrow();
        return RollupEngine.Create(hierarchy, [period]).Value.Run(store, maxDegreeOfParallelism: 1).Value.Periods[0];
    }

    private static Dictionary<string, string> Measures(JsonDocument json) =>
        json.RootElement.GetProperty("units").EnumerateArray()
            .ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("measures").GetRawText());

    // The current month, as a host runs it: its page names its own month on the trend axis, and its section III,
    // with every task of the seed plans due or done by then, asks for the overdue tasks the task section lists, as many
    // as it lists, instead of saying that nothing is due.
    [Fact]
    public void The_report_of_the_current_month_names_its_own_month_and_has_a_section_III()
    {
        using var folder = new TempFolder();
        var run = SampleRun.InProcess("rollup", "--period", "2026-12", "--synthetic-count", "5000", "--format", "all", "--out", folder.Path, "--quiet");
        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(folder.File("bao-cao-2026-12.html"));
        Assert.Contains("đến tháng 12/2026 (T12: tháng 12)", html, StringComparison.Ordinal);
        var markdown = File.ReadAllText(folder.File("bao-cao-2026-12.md"));
        var overdue = System.Text.RegularExpressions.Regex.Match(markdown, @"quá hạn chưa hoàn thành (\d+)").Groups[1].Value;
        var ahead = markdown[markdown.IndexOf("## III.", StringComparison.Ordinal)..];
        Assert.NotEqual("0", overdue);
        Assert.Contains($"Các cơ quan, đơn vị chủ trì khẩn trương hoàn thành {overdue} nhiệm vụ đã quá hạn (chi tiết tại mục I.9, phần Nhiệm vụ quá hạn).", ahead, StringComparison.Ordinal);
        Assert.DoesNotContain("Không có nhiệm vụ đến hạn trong kỳ tới", ahead, StringComparison.Ordinal);
    }
}
