// Compiled into the native smoke app and, linked, into the JIT tests (Reporting.Tests/AotSmokeTest): the same code
// computes the same report in both, and both must produce the committed expected-report.json.
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Tasks;
using NodaTime;

namespace KhanhHoa.Governance.AotSmoke;

/// <summary>The smoke run: embedded data loaded, a small dossier file read and rolled up, the report composed as JSON.</summary>
internal static class SmokeReport
{
    /// <summary>The dossier file the run reads (SYNTHETIC dossiers of four departments, 16/12/2024–15/9/2025).</summary>
    public const string DossierFile = "smoke-dossiers.csv";

    /// <summary>The report both runs must write.</summary>
    public const string ExpectedFile = "expected-report.json";

    /// <summary>The departments the dossiers belong to: units of the embedded hierarchy valid all year.</summary>
    public static readonly string[] Units = ["CA_TINH", "SO_KHCN", "SO_TC", "VP_UBND"];

    /// <summary>Reads the dossiers, rolls them up over the embedded hierarchy for January–September 2025 and composes September's report.</summary>
    public static string ComposeJson(Stream dossiers)
    {
        var data = GovernanceData.Default;
        var months = ReportingPeriod.InYear(2025, ReportingPeriodKind.Month, CutoffRule.OnDay(15)).Take(9).ToArray();
        var store = DossierCsvReader.Read(dossiers).GetValueOrThrow();
        var rollup = RollupEngine.Create(data.OrgUnits.Units, months).GetValueOrThrow().Run(store, 1).GetValueOrThrow();
        var asOf = new LocalDate(2025, 9, 15);
        var report = MonthlyReportComposer.Compose(new MonthlyReportSources
        {
            Period = months[^1],
            AsOf = asOf,
            Header = new ReportHeader("UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", Number: null, "BC-BCĐ", "Khánh Hòa", asOf, "BÁO CÁO", "Kiểm tra bản biên dịch gốc (native AOT) tháng 9/2025"),
            Signature = new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Văn A"),
            Rollups = rollup.Periods,
            RootUnitCode = "KHANH_HOA",
            Catalog = data.Indicators,
            Plans = data.Plans,
            Calendar = BusinessCalendar.CivilService,
            Progress = new Dictionary<string, IReadOnlyDictionary<string, ProgressHistory>>(),
            ReportFigures = data.ReportFigures,
            DossierProvenance = Provenance.Synthetic,
        }).GetValueOrThrow();
        return System.Text.Encoding.UTF8.GetString(MonthlyReportRenderers.Json.RenderToBytes(report));
    }
}
