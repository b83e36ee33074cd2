#region usings
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Testing;
using NodaTime;
using KhanhHoa.Governance.Reporting;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>docs/report.md: a report composed from dossiers rolled up, the catalog and the plans.</summary>
public sealed class ReportCompositionExample
{
    [Fact]
    public void Composes_a_report_from_core_types()
    {
        var report = September();

        foreach (var renderer in MonthlyReportRenderers.All)
        {
            Assert.NotEmpty(renderer.RenderToBytes(report));
        }

        Assert.True(report.ContainsSyntheticData);
        Assert.Equal(9, report.Indicators.Single(r => r.Code == "I766.TT.04").Trend.Count);
        Assert.Equal(9, report.Tasks.Overdue.Single(t => t.Id == "8" && t.Plan == "3433/KH-UBND").WorkingDaysLate);
        Assert.Equal(12, report.Violations.Count);
    }

    // The example's report, which the report document's example (ReportDocumentExample) writes out too.
    internal static MonthlyReport September()
    {
        #region example
        var data = GovernanceData.Default;
        var september = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));                 // 16/8–15/9/2025
        var months = ReportingPeriod.InYear(2025, ReportingPeriodKind.Month, CutoffRule.OnDay(15)).Take(9).ToArray();
        OrgUnit[] units =
        [
            new() { Code = "KH", Name = "Tỉnh Khánh Hòa" },
            new() { Code = "NT", Name = "Phường Nha Trang", ParentCode = "KH" },
            new() { Code = "CR", Name = "Phường Cam Ranh", ParentCode = "KH" },
        ];
        var store = SyntheticDossiers.Generate(["NT", "CR"], new LocalDate(2024, 12, 16), new LocalDate(2025, 9, 15), 20_000);
        RollupResult rollup = RollupEngine.Create(units, months).Value.Run(store).Value;

        MonthlyReport report = MonthlyReportComposer.Compose(new MonthlyReportSources
        {
            Period = september,
            AsOf = new LocalDate(2025, 9, 15),
            Header = new ReportHeader("UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", Number: null, "BC-BCĐ",
                "Khánh Hòa", new LocalDate(2025, 9, 15), "BÁO CÁO", "Kết quả triển khai, thực hiện Đề án 06 tháng 9/2025"),
            Signature = new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Văn A"),
            Rollups = rollup.Periods,                  // September and the months before it: trend and change
            RootUnitCode = "KH",
            Catalog = data.Indicators,                 // definitions and targets
            Plans = data.Plans,
            Calendar = BusinessCalendar.CivilService,  // in a host: services.GetRequiredService<BusinessCalendar>()
            Progress = new Dictionary<string, IReadOnlyDictionary<string, ProgressHistory>>
            {
                ["3433/KH-UBND"] = new Dictionary<string, ProgressHistory>
                {
                    ["4"] = ProgressHistory.Empty.Append(ProgressUpdate.Completed(new LocalDate(2025, 3, 28))),
                    ["8"] = ProgressHistory.Empty.Append(ProgressUpdate.Extended(new LocalDate(2025, 4, 20), new LocalDate(2025, 8, 29))),
                },
            },
            ReportFigures = data.ReportFigures,        // report 87's contradictions in the data-quality section
            DossierProvenance = Provenance.Synthetic,  // labels every figure and puts the banner in every format
            Recipients = [new Recipient("Văn phòng Chính phủ", "báo cáo"), new Recipient("Lưu: VT, ĐT")],
        }).GetValueOrThrow();   // or .Errors: each names the field of the sources at fault
        #endregion
        return report;
    }
}
