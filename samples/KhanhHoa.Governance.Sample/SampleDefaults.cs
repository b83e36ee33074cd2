using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Sample;

/// <summary>The defaults of the sample host: the reporting month of the default run and its cut-off.</summary>
internal static class SampleDefaults
{
    /// <summary>The reporting month the default run rolls up.</summary>
    public const string PeriodId = "2025-09";

    /// <summary>
    /// The default cut-off: report 87/BC-BCĐ's, whose figures the default run reproduces (16/8/2025 to 15/9/2025, the
    /// 15th). Decree 09/2019's administrative cut-off (the 14th) is <c>--cutoff administrative</c>.
    /// </summary>
    public static CutoffRule Cutoff { get; } = CutoffRule.OnDay(15);

    /// <summary>The default period under the default cut-off: 16/8/2025 to 15/9/2025, report 87's.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.Month(2025, 9, Cutoff);

    /// <summary>The day statuses are evaluated on by default: the default period's last day.</summary>
    public static LocalDate AsOf => Period.End;
}
