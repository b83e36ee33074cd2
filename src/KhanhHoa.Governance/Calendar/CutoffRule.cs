using System.Globalization;
using OneOf;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// The day on which a reporting period's figures are closed (ngày chốt số liệu). A period whose months
/// run from <c>first</c> to <c>last</c> ends on the cut-off day of <c>last</c> (inclusive) and starts the day
/// after the cut-off day of the month before <c>first</c>; <see cref="CalendarMonth"/> uses whole months.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Administrative"/> is the rule of Decree 09/2019/NĐ-CP, Art. 12: a monthly report covers the
/// 15th of the previous month to the 14th of the reporting month, and the first quarter, the first half
/// and the year start on 15 December of the previous year.
/// </para>
/// <para>
/// The national public-service portal's index (Decision 766/QĐ-TTg) uses <see cref="CalendarMonth"/>.
/// Some reports use their own day: report 87/BC-BCĐ of Khánh Hòa covers 16/8–15/9/2025, that is <c>OnDay(15)</c>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct CutoffRule : IEquatable<CutoffRule>
{
    // 0 means "end of the calendar month"; 1–28 is the cut-off day, so every month has it.
    private readonly byte day;

    private CutoffRule(byte day) => this.day = day;

    /// <summary>The administrative rule of Decree 09/2019/NĐ-CP, Art. 12: periods close on the 14th.</summary>
    public static CutoffRule Administrative => new(14);

    /// <summary>Calendar periods: a month runs from its 1st to its last day (the 766 index's basis).</summary>
    public static CutoffRule CalendarMonth => default;

    /// <summary>The last day of a period that closes on a given day of the month.</summary>
    /// <param name="day">The cut-off day, 1 to 28 (every month has it).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside 1–28.</exception>
    public static CutoffRule OnDay(int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 28);
        return new CutoffRule((byte)day);
    }

    /// <summary>The cut-off day of the month, or <see langword="null"/> for <see cref="CalendarMonth"/>.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>The first day of a period whose first month is <paramref name="firstMonth"/>.</summary>
    /// <param name="firstMonth">The period's first month.</param>
    /// <returns>The 1st of that month for calendar periods, otherwise the day after the cut-off day of the month before.</returns>
    public LocalDate PeriodStart(YearMonth firstMonth) =>
        day == 0 ? firstMonth.OnDayOfMonth(1) : firstMonth.OnDayOfMonth(1).PlusMonths(-1).PlusDays(day);

    /// <summary>The last day (inclusive) of a period whose last month is <paramref name="lastMonth"/>.</summary>
    /// <param name="lastMonth">The period's last month.</param>
    /// <returns>The last day of that month for calendar periods, otherwise its cut-off day.</returns>
    public LocalDate PeriodEnd(YearMonth lastMonth) =>
        day == 0 ? lastMonth.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1) : lastMonth.OnDayOfMonth(day);

    /// <summary>The month whose period contains <paramref name="date"/> under this rule.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>For the administrative rule, 15/8/2025 belongs to September 2025 and 14/8/2025 to August.</returns>
    public YearMonth MonthContaining(LocalDate date) =>
        day != 0 && date.Day > day ? date.PlusMonths(1).ToYearMonth() : date.ToYearMonth();

    /// <summary>
    /// Parses <c>administrative</c>, <c>calendar</c> or a day number <c>1</c>–<c>28</c>, as the command line and
    /// JSON contracts write a cut-off rule. Case and surrounding white space are ignored.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The rule, or a <see cref="ParseError"/> saying what was expected.</returns>
    public static OneOf<CutoffRule, ParseError> Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Equals("administrative", StringComparison.OrdinalIgnoreCase))
        {
            return Administrative;
        }

        if (trimmed.Equals("calendar", StringComparison.OrdinalIgnoreCase))
        {
            return CalendarMonth;
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 28)
        {
            return new CutoffRule((byte)value);
        }

        return new ParseError("expected a cut-off rule: 'administrative', 'calendar' or a day from 1 to 28", text ?? string.Empty);
    }

    /// <summary><c>administrative</c>, <c>calendar</c>, or the cut-off day; <see cref="Parse"/> reads it back.</summary>
    /// <returns>The rule's text form.</returns>
    public override string ToString() => day switch
    {
        0 => "calendar",
        14 => "administrative",
        _ => day.ToString(CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public bool Equals(CutoffRule other) => day == other.day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CutoffRule other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => day;

    /// <summary>Whether two rules close periods on the same day.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CutoffRule left, CutoffRule right) => left.Equals(right);

    /// <summary>Whether two rules close periods on different days.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CutoffRule left, CutoffRule right) => !left.Equals(right);
}
