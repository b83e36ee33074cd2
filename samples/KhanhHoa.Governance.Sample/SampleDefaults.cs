using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Sample;

/// <summary>The defaults of the sample host: the reporting month of the default run and its cut-off.</summary>
internal static class SampleDefaults
{
    /// <summary>The reporting month the default run rolls up.</summary>
    public const string PeriodId = "2025-09";

    /// <summary>The default period under the administrative cut-off: 15/8/2025 to 14/9/2025.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.Month(2025, 9, CutoffRule.Administrative);

    /// <summary>The day statuses are evaluated on by default: the default period's last day.</summary>
    public static LocalDate AsOf => Period.End;
}
