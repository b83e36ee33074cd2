namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// The length of a reporting period, as Decree 09/2019/NĐ-CP (Art. 12) and the reporting regimes name them.
/// </summary>
public enum ReportingPeriodKind
{
    /// <summary>A monthly report (báo cáo tháng); id <c>2025-09</c>.</summary>
    Month = 0,

    /// <summary>A quarterly report (báo cáo quý); id <c>2025-Q3</c>.</summary>
    Quarter = 1,

    /// <summary>A six-month report (báo cáo 6 tháng), first or second half; id <c>2025-H1</c>.</summary>
    HalfYear = 2,

    /// <summary>A nine-month report (báo cáo 9 tháng), cumulative from the start of the year; id <c>2025-9M</c>.</summary>
    NineMonths = 3,

    /// <summary>An annual report (báo cáo năm); id <c>2025</c>.</summary>
    Year = 4,
}
