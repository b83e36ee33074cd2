using System.Globalization;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// When a report for a <see cref="ReportingPeriod"/> must be sent: a number of working days after the period's
/// cut-off, a day of the month on or after the cut-off, or a day of the period's last month even when it falls before
/// the cut-off. Every way a deadline that falls on a day off moves to the next working day (Civil Code 91/2015/QH13
/// Art. 148(5)); see <see cref="ReportingPeriod.DueDate"/>.
/// </summary>
/// <remarks>
/// Khánh Hòa's rule (QĐ 01/2023/QĐ-UBND, read only through a secondary source, so UNVERIFIED) is two working days after the
/// cut-off: <c>WorkingDaysAfterCutoff(2)</c>. Thông tư 55/2020/TT-BCT Art. 9 sends monthly reports by the 17th: <c>OnDayOfMonth(17)</c>.
/// Plan 3433/KH-UBND asks for the monthly report "trước ngày 14 của tháng", the 6-monthly one "trước ngày 14/6" and the
/// yearly one "trước ngày 14/12": the 13th of the period's last month, <c>DayOfLastMonth(13)</c>, before a cut-off on the 14th or 15th.
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct ReportDueRule : IEquatable<ReportDueRule>
{
    private ReportDueRule(int workingDays, int dayOfMonth, bool inLastMonth)
    {
        WorkingDays = workingDays;
        DayOfMonth = dayOfMonth;
        InLastMonth = inLastMonth;
    }

    /// <summary>The working days after the cut-off, or 0 for a day-of-month rule.</summary>
    public int WorkingDays { get; }

    /// <summary>The day of the month (1–28), or 0 for a working-days rule.</summary>
    public int DayOfMonth { get; }

    /// <summary>
    /// Whether <see cref="DayOfMonth"/> is a day of the period's last month, before or after the cut-off
    /// (<see cref="DayOfLastMonth"/>), rather than the first such day on or after the cut-off (<see cref="OnDayOfMonth"/>).
    /// </summary>
    public bool InLastMonth { get; }

    /// <summary>Due <paramref name="workingDays"/> working days after the period's last day.</summary>
    /// <param name="workingDays">1 or more.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is below 1.</exception>
    public static ReportDueRule WorkingDaysAfterCutoff(int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        return new ReportDueRule(workingDays, 0, false);
    }

    /// <summary>Due on the first <paramref name="day"/>-th of a month on or after the period's last day.</summary>
    /// <param name="day">1–28.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 1–28.</exception>
    public static ReportDueRule OnDayOfMonth(int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 28);
        return new ReportDueRule(0, day, false);
    }

    /// <summary>
    /// Due on the <paramref name="day"/>-th of the period's last month, even when that day comes before the cut-off:
    /// "báo cáo hàng tháng (trước ngày 14 của tháng)" sends September's report (cut-off 14 or 15 September) by 13 September.
    /// </summary>
    /// <param name="day">1–28: the last day on time ("trước ngày 14" is 13).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 1–28.</exception>
    public static ReportDueRule DayOfLastMonth(int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 28);
        return new ReportDueRule(0, day, true);
    }

    /// <summary>The due date for a period that ends (inclusive) on <paramref name="cutoff"/>.</summary>
    /// <param name="cutoff">The period's last day.</param>
    /// <param name="calendar">The business calendar.</param>
    /// <returns>A working day.</returns>
    public LocalDate DueDate(LocalDate cutoff, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (WorkingDays > 0)
        {
            return calendar.AddWorkingDays(cutoff, WorkingDays);
        }

        // A period's last day lies in its last month under every cut-off rule.
        var month = InLastMonth || cutoff.Day <= DayOfMonth ? cutoff : cutoff.PlusMonths(1);
        var day = new LocalDate(month.Year, month.Month, DayOfMonth);
        return calendar.NextWorkingDayOnOrAfter(day);
    }

    /// <summary><c>+2wd</c>, <c>day 17</c> or <c>day 13 of the last month</c>.</summary>
    /// <returns>The rule's text form.</returns>
    public override string ToString() => WorkingDays > 0
        ? string.Create(CultureInfo.InvariantCulture, $"+{WorkingDays}wd")
        : string.Create(CultureInfo.InvariantCulture, $"day {DayOfMonth}{(InLastMonth ? " of the last month" : string.Empty)}");

    /// <inheritdoc />
    public bool Equals(ReportDueRule other) => WorkingDays == other.WorkingDays && DayOfMonth == other.DayOfMonth && InLastMonth == other.InLastMonth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportDueRule other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WorkingDays, DayOfMonth, InLastMonth);

    /// <summary>Whether two rules are the same.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReportDueRule left, ReportDueRule right) => left.Equals(right);

    /// <summary>Whether two rules differ.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ReportDueRule left, ReportDueRule right) => !left.Equals(right);
}
