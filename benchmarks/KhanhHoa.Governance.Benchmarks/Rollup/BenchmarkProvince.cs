using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;
using NodaTime;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>
/// The province the rollup and ingest suites measure: 65 communes and 20 departments under the province, the 12
/// administrative months of 2025, SYNTHETIC dossiers received from 15/12/2024 to 14/12/2025 (report 87's profile).
/// </summary>
internal static class BenchmarkProvince
{
    public static readonly LocalDate From = new(2024, 12, 15);

    public static readonly LocalDate To = new(2025, 12, 14);

    public static IReadOnlyList<OrgUnit> Units { get; } =
    [
        new() { Code = "KH", Name = "Khánh Hòa" },
        .. Enumerable.Range(1, 20).Select(i => new OrgUnit { Code = $"S{i:D2}", Name = $"Sở {i}", ParentCode = "KH" }),
        .. Enumerable.Range(1, 65).Select(i => new OrgUnit { Code = $"X{i:D2}", Name = $"Xã {i}", ParentCode = "KH" }),
    ];

    /// <summary>The units that receive dossiers (all but the province).</summary>
    public static IReadOnlyList<string> ReceivingCodes { get; } = [.. Units.Skip(1).Select(u => u.Code)];

    public static IReadOnlyList<ReportingPeriod> Periods { get; } = ReportingPeriod.InYear(2025, ReportingPeriodKind.Month, CutoffRule.Administrative);

    public static (int Start, int End)[] PeriodDays { get; } = [.. Periods.Select(p => (StoreDays.FromDate(p.Start), StoreDays.FromDate(p.End)))];

    /// <summary>Writes <paramref name="dossiers"/> SYNTHETIC dossiers in the CSV contract to a temporary file.</summary>
    public static string WriteCsv(int dossiers)
    {
        var path = Path.Combine(Path.GetTempPath(), $"khanhhoa-bench-{dossiers}-{Environment.ProcessId}.csv");
        using var file = File.Create(path);
        SyntheticDossiers.WriteCsv(file, ReceivingCodes, From, To, dossiers);
        return path;
    }
}
