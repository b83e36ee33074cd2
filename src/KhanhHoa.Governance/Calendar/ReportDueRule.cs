using System.Globalization;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// When a report for a <see cref="ReportingPeriod"/> must be sent: a number of working days after the period's
/// cut-off, or a day of the month on or after the cut-off. Either way a deadline that falls on a day off moves to the
/// next working day (Civil Code 91/2015/QH13 Art. 148(5)); see <see cref="ReportingPeriod.DueDate"/>.
/// </summary>
/// <remarks>
/// Khánh Hòa's rule (QĐ 01/2023/QĐ-UBND, read only through a secondary source, so UNVERIFIED) is two working days after the
/// cut-off: <c>WorkingDaysAfterCutoff(2)</c>. Thông tư 55/2020/TT-BCT Art. 9 sends monthly reports by the 17th: <c>OnDayOfMonth(17)</c>.
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct ReportDueRule : IEquatable<ReportDueRule>
{
    private ReportDueRule(int workingDays, int dayOfMonth)
    {
        WorkingDays = workingDays;
        DayOfMonth = dayOfMonth;
    }

    /// <summary>The working days after the cut-off, or 0 for a day-of-month rule.</summary>
    public int WorkingDays { get; }

    /// <summary>The day of the month (1–28), or 0 for a working-days rule.</summary>
    public int DayOfMonth { get; }

    /// <summary>Due <paramref name="workingDays"/> working days after the period's last day.</summary>
    /// <param name="workingDays">1 or more.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is below 1.</exception>
    public static ReportDueRule WorkingDaysAfterCutoff(int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        return new ReportDueRule(workingDays, 0);
    }

    /// <summary>Due on the first <paramref name="day"/>-th of a month on or after the period's last day.</summary>
    /// <param name="day">1–28.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 1–28.</exception>
    public static ReportDueRule OnDayOfMonth(int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 28);
        return new ReportDueRule(0, day);
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

        var month = cutoff.Day <= DayOfMonth ? cutoff : cutoff.PlusMonths(1);
        var day = new LocalDate(month.Year, month.Month, DayOfMonth);
        return calendar.NextWorkingDayOnOrAfter(day);
    }

    /// <summary><c>+2wd</c> or <c>day 17</c>.</summary>
    /// <returns>The rule's text form.</returns>
    public override string ToString() => WorkingDays > 0
        ? string.Create(CultureInfo.InvariantCulture, $"+{WorkingDays}wd")
        : string.Create(CultureInfo.InvariantCulture, $"day {DayOfMonth}");

    /// <inheritdoc />
    public bool Equals(ReportDueRule other) => WorkingDays == other.WorkingDays && DayOfMonth == other.DayOfMonth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportDueRule other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WorkingDays, DayOfMonth);

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
