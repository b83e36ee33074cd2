#region usings
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;
using NodaTime;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>README, "A first report": dossiers rolled up and composed into the monthly report, written as Word.</summary>
public sealed class FirstReportExample
{
    [Fact]
    public void Writes_a_word_report_labelled_synthetic()
    {
        var folder = Directory.CreateTempSubdirectory("first-report").FullName;
        try
        {
            #region example
            var september = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));                 // 16/8–15/9/2025
            OrgUnit[] units =
            [
                new() { Code = "KH", Name = "Tỉnh Khánh Hòa" },
                new() { Code = "NT", Name = "Phường Nha Trang", ParentCode = "KH" },
            ];
            var dossiers = SyntheticDossiers.Generate(["NT"], new LocalDate(2025, 8, 16), new LocalDate(2025, 9, 15), 5_000);
            RollupResult rollup = RollupEngine.Create(units, [september]).Value.Run(dossiers).Value;

            var composed = MonthlyReportComposer.Compose(new MonthlyReportSources
            {
                Period = september,
                AsOf = new LocalDate(2025, 9, 15),
                Header = new ReportHeader("UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", Number: null, "BC-BCĐ",
                    "Khánh Hòa", new LocalDate(2025, 9, 19), "BÁO CÁO", "Kết quả triển khai, thực hiện Đề án 06 tháng 9/2025"),
                Signature = new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Văn A"),
                Rollups = rollup.Periods,
                RootUnitCode = "KH",
                Plans = GovernanceData.Default.Plans,
                Calendar = BusinessCalendar.CivilService,
                DossierProvenance = Provenance.Synthetic,   // made-up dossiers: labelled in every format
            });
            if (!composed.Success)
            {
                foreach (var error in composed.Errors)
                {
                    Console.Error.WriteLine(error);   // RootUnitCode: unit 'KH' is not in the rollup of 2025-09
                }

                return;
            }

            MonthlyReport report = composed.Value;
            File.WriteAllBytes(Path.Combine(folder, "bao-cao-2025-09.docx"), MonthlyReportRenderers.Docx.RenderToBytes(report));
            #endregion

            Assert.True(report.ContainsSyntheticData);
            Assert.True(new FileInfo(Path.Combine(folder, "bao-cao-2025-09.docx")).Length > 4_000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
