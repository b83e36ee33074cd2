using System.Globalization;
using OneOf;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// A reporting period (kỳ báo cáo): a month, quarter, half-year, nine months or year of a given year,
/// with its first and last day (inclusive) under a <see cref="CutoffRule"/>.
/// </summary>
/// <remarks>
/// <para>
/// The compact id names the period independently of the cut-off: <c>2025-09</c>, <c>2025-Q3</c>,
/// <c>2025-H1</c>, <c>2025-9M</c>, <c>2025</c>. The same id covers different days under different rules:
/// <c>2025-09</c> is 15/8–14/9/2025 administratively (Decree 09/2019/NĐ-CP, Art. 12), 1/9–30/9/2025 as a
/// calendar month, and 16/8–15/9/2025 with the cut-off on the 15th (report 87/BC-BCĐ).
/// </para>
/// <para>The months, quarters, halves and the year of one year tile that reporting year with no gap or overlap.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable
{
    /// <summary>The smallest year a period can have (its start may lie in the year before).</summary>
    public const int MinYear = 2;

    /// <summary>The largest year a period can have.</summary>
    public const int MaxYear = 9998;

    /// <summary>
    /// The first year of a period read from text (2001). <see cref="Parse"/>, the door every host, file and form goes
    /// through, accepts the years <see cref="FirstSupportedYear"/>–<see cref="LastSupportedYear"/> only: every date a
    /// period of those years needs — its own days, the twelve months of a trend before it, due dates and lateness in
    /// the year after it — lies inside both the <see cref="BusinessCalendar"/> (1950–2100) and the dossier store
    /// (2000-01-01 to 2179-06-05), so no judgement of a period a user typed can fall off either. Periods built in code
    /// keep the wider <see cref="MinYear"/>–<see cref="MaxYear"/>, so that stepping with <see cref="Next"/> and
    /// <see cref="Previous"/> past those years works.
    /// </summary>
    public const int FirstSupportedYear = 2001;

    /// <summary>The last year of a period read from text (2099); see <see cref="FirstSupportedYear"/>.</summary>
    public const int LastSupportedYear = 2099;

    private ReportingPeriod(ReportingPeriodKind kind, int year, int index, CutoffRule cutoff)
    {
        Kind = kind;
        Year = year;
        Index = index;
        Cutoff = cutoff;
    }

    /// <summary>The length of the period.</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>The year the period belongs to (its end lies in this year).</summary>
    public int Year { get; }

    /// <summary>The month (1–12), quarter (1–4) or half (1–2); 1 for nine-month and annual periods.</summary>
    public int Index { get; }

    /// <summary>The rule that fixes the period's first and last day.</summary>
    public CutoffRule Cutoff { get; }

    /// <summary>The first month the period covers (by the month its figures are reported for).</summary>
    public YearMonth FirstMonth => new(Year, Kind switch
    {
        ReportingPeriodKind.Month => Index,
        ReportingPeriodKind.Quarter => (3 * Index) - 2,
        ReportingPeriodKind.HalfYear => (6 * Index) - 5,
        _ => 1,
    });

    /// <summary>The last month the period covers.</summary>
    public YearMonth LastMonth => new(Year, Kind switch
    {
        ReportingPeriodKind.Month => Index,
        ReportingPeriodKind.Quarter => 3 * Index,
        ReportingPeriodKind.HalfYear => 6 * Index,
        ReportingPeriodKind.NineMonths => 9,
        _ => 12,
    });

    /// <summary>The first day of the period.</summary>
    public LocalDate Start => Cutoff.PeriodStart(FirstMonth);

    /// <summary>The last day of the period, inclusive.</summary>
    public LocalDate End => Cutoff.PeriodEnd(LastMonth);

    /// <summary>The compact id: <c>2025-09</c>, <c>2025-Q3</c>, <c>2025-H1</c>, <c>2025-9M</c> or <c>2025</c>.</summary>
    public string Id => Kind switch
    {
        ReportingPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        ReportingPeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        ReportingPeriodKind.NineMonths => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-9M"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>The number of days in the period.</summary>
    public int DayCount => Period.DaysBetween(Start, End) + 1;

    /// <summary>A monthly period.</summary>
    /// <param name="year">The year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="cutoff">The cut-off rule.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Month(int year, int month, CutoffRule cutoff) => Create(ReportingPeriodKind.Month, year, month, cutoff);

    /// <summary>A quarterly period.</summary>
    /// <param name="year">The year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <param name="cutoff">The cut-off rule.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter, CutoffRule cutoff) => Create(ReportingPeriodKind.Quarter, year, quarter, cutoff);

    /// <summary>A six-month period.</summary>
    /// <param name="year">The year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="half">1 for January–June, 2 for July–December.</param>
    /// <param name="cutoff">The cut-off rule.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod HalfYear(int year, int half, CutoffRule cutoff) => Create(ReportingPeriodKind.HalfYear, year, half, cutoff);

    /// <summary>The nine-month period, January to September.</summary>
    /// <param name="year">The year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="cutoff">The cut-off rule.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod NineMonths(int year, CutoffRule cutoff) => Create(ReportingPeriodKind.NineMonths, year, 1, cutoff);

    /// <summary>The annual period.</summary>
    /// <param name="year">The year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="cutoff">The cut-off rule.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod Annual(int year, CutoffRule cutoff) => Create(ReportingPeriodKind.Year, year, 1, cutoff);

    /// <summary>The period of the given kind that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <param name="kind">The kind of period. Nine-month periods cover only part of a year.</param>
    /// <param name="cutoff">The cut-off rule.</param>
    /// <returns>The period, or <see langword="null"/> for a nine-month period when the date falls after it.</returns>
    public static ReportingPeriod? Containing(LocalDate date, ReportingPeriodKind kind, CutoffRule cutoff)
    {
        var month = cutoff.MonthContaining(date);
        return kind switch
        {
            ReportingPeriodKind.Month => Month(month.Year, month.Month, cutoff),
            ReportingPeriodKind.Quarter => Quarter(month.Year, ((month.Month - 1) / 3) + 1, cutoff),
            ReportingPeriodKind.HalfYear => HalfYear(month.Year, ((month.Month - 1) / 6) + 1, cutoff),
            ReportingPeriodKind.NineMonths => month.Month <= 9 ? NineMonths(month.Year, cutoff) : null,
            ReportingPeriodKind.Year => Annual(month.Year, cutoff),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown reporting period kind"),
        };
    }

    /// <summary>Every period of a kind in a year, in order: 12 months, 4 quarters, 2 halves, or one period.</summary>
    /// <param name="year">The year.</param>
    /// <param name="kind">The kind of period.</param>
    /// <param name="cutoff">The cut-off rule.</param>
    /// <returns>The periods, earliest first.</returns>
    public static IReadOnlyList<ReportingPeriod> InYear(int year, ReportingPeriodKind kind, CutoffRule cutoff)
    {
        var count = PeriodsPerYear(kind);
        var periods = new ReportingPeriod[count];
        for (var i = 0; i < count; i++)
        {
            periods[i] = Create(kind, year, i + 1, cutoff);
        }

        return periods;
    }

    /// <summary>The monthly periods this period is made of, earliest first.</summary>
    public IReadOnlyList<ReportingPeriod> Months
    {
        get
        {
            var first = FirstMonth.Month;
            var months = new ReportingPeriod[LastMonth.Month - first + 1];
            for (var i = 0; i < months.Length; i++)
            {
                months[i] = Month(Year, first + i, Cutoff);
            }

            return months;
        }
    }

    /// <summary>The date the report for this period must be sent by, computed with a business calendar.</summary>
    /// <param name="rule">The sending rule, e.g. <c>ReportDueRule.WorkingDaysAfterCutoff(2)</c>.</param>
    /// <param name="calendar">The business calendar, usually <see cref="BusinessCalendar.CivilService"/>.</param>
    /// <returns>A working day after <see cref="End"/>.</returns>
    public LocalDate DueDate(ReportDueRule rule, BusinessCalendar calendar) => rule.DueDate(End, calendar);

    /// <summary>The next period of the same kind and cut-off (for nine-month and annual periods, the next year's).</summary>
    /// <returns>The following period.</returns>
    public ReportingPeriod Next() =>
        Index < PeriodsPerYear(Kind) ? Create(Kind, Year, Index + 1, Cutoff) : Create(Kind, Year + 1, 1, Cutoff);

    /// <summary>The previous period of the same kind and cut-off.</summary>
    /// <returns>The preceding period.</returns>
    public ReportingPeriod Previous() =>
        Index > 1 ? Create(Kind, Year, Index - 1, Cutoff) : Create(Kind, Year - 1, PeriodsPerYear(Kind), Cutoff);

    /// <summary>The same period under another cut-off rule.</summary>
    /// <param name="cutoff">The rule to use.</param>
    /// <returns>The period with the same id and the new rule.</returns>
    public ReportingPeriod WithCutoff(CutoffRule cutoff) => new(Kind, Year, Index, cutoff);

    /// <summary>Whether <paramref name="date"/> lies within the period (both ends included).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>
    /// Parses a compact id (<c>2025-09</c>, <c>2025-9</c>, <c>2025-Q3</c>, <c>2025-H1</c>, <c>2025-9M</c>, <c>2025</c>;
    /// letters in either case, surrounding white space ignored) of a year <see cref="FirstSupportedYear"/>–<see cref="LastSupportedYear"/>.
    /// </summary>
    /// <param name="id">The id to parse.</param>
    /// <param name="cutoff">The cut-off rule the period is read under.</param>
    /// <returns>The period, or a <see cref="ParseError"/> saying what is wrong and where.</returns>
    public static OneOf<ReportingPeriod, ParseError> Parse(string? id, CutoffRule cutoff)
    {
        var input = id ?? string.Empty;
        var text = input.AsSpan().Trim();
        var offset = input.Length - input.TrimStart().Length;
        const string Expected = "expected a period id such as 2025-09, 2025-Q3, 2025-H1, 2025-9M or 2025";
        if (text.Length < 4 || !TryDigits(text[..4], out var year))
        {
            return new ParseError(Expected, input, offset);
        }

        if (year is < FirstSupportedYear or > LastSupportedYear)
        {
            return new ParseError(string.Create(CultureInfo.InvariantCulture, $"year must be between {FirstSupportedYear} and {LastSupportedYear} (the years the business calendar and the dossier store both cover)"), input, offset);
        }

        if (text.Length == 4)
        {
            return Annual(year, cutoff);
        }

        if (text[4] != '-' || text.Length == 5)
        {
            return new ParseError(Expected, input, offset + 4);
        }

        var rest = text[5..];
        var restOffset = offset + 5;
        switch (char.ToUpperInvariant(rest[0]))
        {
            case 'Q' when rest.Length == 2 && rest[1] is >= '1' and <= '4':
                return Quarter(year, rest[1] - '0', cutoff);
            case 'Q':
                return new ParseError("expected a quarter Q1 to Q4", input, restOffset);
            case 'H' when rest.Length == 2 && rest[1] is '1' or '2':
                return HalfYear(year, rest[1] - '0', cutoff);
            case 'H':
                return new ParseError("expected a half H1 or H2", input, restOffset);
        }

        if (rest.Length == 2 && rest[0] == '9' && char.ToUpperInvariant(rest[1]) == 'M')
        {
            return NineMonths(year, cutoff);
        }

        if (rest.Length <= 2 && TryDigits(rest, out var month))
        {
            return month is >= 1 and <= 12
                ? Month(year, month, cutoff)
                : new ParseError("expected a month between 1 and 12", input, restOffset);
        }

        return new ParseError(Expected, input, restOffset);
    }

    /// <summary>Parses a compact id; see <see cref="Parse"/>.</summary>
    /// <param name="id">The id to parse.</param>
    /// <param name="cutoff">The cut-off rule the period is read under.</param>
    /// <param name="period">The period when parsing succeeded.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public static bool TryParse(string? id, CutoffRule cutoff, out ReportingPeriod period)
    {
        var result = Parse(id, cutoff);
        period = result.IsT0 ? result.AsT0 : default;
        return result.IsT0;
    }

    /// <summary>The period's <see cref="Id"/>; <see cref="Parse"/> reads it back for the years <see cref="FirstSupportedYear"/>–<see cref="LastSupportedYear"/>.</summary>
    /// <returns>The compact id.</returns>
    public override string ToString() => Id;

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) =>
        Kind == other.Kind && Year == other.Year && Index == other.Index && Cutoff == other.Cutoff;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Year, Index, Cutoff);

    /// <summary>Orders periods by start, then end, then kind and cut-off.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = End.CompareTo(other.End);
        if (byEnd != 0)
        {
            return byEnd;
        }

        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : (Cutoff.Day ?? 0).CompareTo(other.Cutoff.Day ?? 0);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ReportingPeriod)}.", nameof(obj)),
    };

    /// <summary>Whether two periods are the same kind, year, index and cut-off.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    private static int PeriodsPerYear(ReportingPeriodKind kind) => kind switch
    {
        ReportingPeriodKind.Month => 12,
        ReportingPeriodKind.Quarter => 4,
        ReportingPeriodKind.HalfYear => 2,
        _ => 1,
    };

    private static ReportingPeriod Create(ReportingPeriodKind kind, int year, int index, CutoffRule cutoff)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown reporting period kind");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, PeriodsPerYear(kind));
        return new ReportingPeriod(kind, year, index, cutoff);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return !text.IsEmpty;
    }
}
