using System.Globalization;
using System.Text;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// A deadline as the plans write it in free text (thời hạn, thời gian hoàn thành), read into a typed value:
/// "Trước ngày 15/4/2025", "Tháng 6/2025", "Quý II/2025", "Năm 2025", "Thực hiện thường xuyên", "Hàng tháng",
/// "Theo chỉ đạo của Bộ Công an", "Thí điểm tháng 9/2025, triển khai chính thức tháng 10/2025" …
/// </summary>
/// <remarks>
/// <para>
/// <see cref="DueDate"/> is the last day on which the work is on time. "Trước ngày 15/4/2025" (before 15 April)
/// is due on 14/4/2025; "trong ngày 10/4/2025", "đến 31/12/2025" and "30/10/2025" are due that day; a month,
/// quarter or year is due on its last day. Periods counted in working days are the business calendar's job
/// (the business calendar); a plan's deadline is a calendar date.
/// </para>
/// <para>
/// Parsing is accent- and case-insensitive ("Hằng tháng" = "hang thang"), tolerates any white space (line
/// breaks inside a cell, non-breaking spaces) and reads NFC and NFD text alike. The date a cited document was
/// signed ("Quyết định số 370/QĐ-UBND ngày 22/7/2025") is not taken for a deadline, nor is a year that names a
/// thing ("dự toán năm 2025") when the same clause has an explicit bound ("trước 30/9/2025").
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads. <see cref="Parse"/> is thread-safe.</threadsafety>
public sealed record Deadline
{
    internal Deadline(
        string text,
        DeadlineKind kind,
        LocalDate? dueDate,
        LocalDate? startDate,
        DeadlineRecurrence recurrence,
        string? authority,
        IReadOnlyList<DeadlineMilestone> milestones,
        IReadOnlyList<string> unrecognized)
    {
        Text = text;
        Kind = kind;
        DueDate = dueDate;
        StartDate = startDate;
        Recurrence = recurrence;
        Authority = authority;
        Milestones = milestones;
        Unrecognized = unrecognized;
    }

    /// <summary>The text as given to <see cref="Parse"/> (not normalised); for a milestone, the step's text in NFC.</summary>
    public string Text { get; }

    /// <summary>What kind of time the text names.</summary>
    public DeadlineKind Kind { get; }

    /// <summary>
    /// The last day on which the work is on time, when the text fixes one: the day for <see cref="DeadlineKind.FixedDate"/>
    /// (the day before for "trước ngày …"), the last day of the month, quarter, year or month range, and the latest
    /// step for <see cref="DeadlineKind.Milestones"/>. <see langword="null"/> for recurring, continuous, external and
    /// unspecified deadlines.
    /// </summary>
    public LocalDate? DueDate { get; }

    /// <summary>
    /// The first day the text names, when it names one: the first day of the month, quarter, year or range, the
    /// day of "Từ 01/01/2026", the first year of "2025 và những năm tiếp theo", the earliest step of milestones.
    /// </summary>
    public LocalDate? StartDate { get; }

    /// <summary>How often a <see cref="DeadlineKind.Recurring"/> deadline comes back; <see cref="DeadlineRecurrence.None"/> otherwise.</summary>
    public DeadlineRecurrence Recurrence { get; }

    /// <summary>
    /// The body whose direction or schedule the deadline follows ("Bộ Công an", "Bộ, ngành Trung ương", "cơ quan Trung ương"),
    /// as written after "của" or "tại" in a "theo chỉ đạo / hướng dẫn / lộ trình / tiến độ …" phrase; <see langword="null"/> if none.
    /// </summary>
    public string? Authority { get; }

    /// <summary>The steps of a <see cref="DeadlineKind.Milestones"/> deadline, in the order written; empty for other kinds.</summary>
    public IReadOnlyList<DeadlineMilestone> Milestones { get; }

    /// <summary>
    /// What the parser could not understand: clauses in which it found no time expression (for example
    /// "gửi về Công an tỉnh để theo dõi, tổng hợp"), and written dates that do not exist ("31/2/2025: no such day").
    /// Empty when every clause was understood.
    /// </summary>
    public IReadOnlyList<string> Unrecognized { get; }

    /// <summary>Whether the deadline fixes a due date.</summary>
    public bool HasDueDate => DueDate is not null;

    /// <summary>
    /// Reads a free-text deadline. Never throws: text that names no time gives <see cref="DeadlineKind.Unspecified"/>,
    /// and whatever was not understood is listed in <see cref="Unrecognized"/>.
    /// </summary>
    /// <param name="text">The deadline text, NFC or NFD; <see langword="null"/> reads as empty.</param>
    /// <param name="contextYear">The year of the document, used where the text omits it ("Quý IV", "trước ngày 14/6").</param>
    /// <returns>The deadline.</returns>
    public static Deadline Parse(string? text, int contextYear) => DeadlineParser.Parse(text ?? string.Empty, contextYear);

    /// <summary>Reads a free-text deadline; see <see cref="Parse"/>.</summary>
    /// <param name="text">The deadline text.</param>
    /// <param name="contextYear">The year of the document.</param>
    /// <param name="deadline">The deadline, whatever its kind.</param>
    /// <returns><see langword="true"/> when the text names a time (the kind is not <see cref="DeadlineKind.Unspecified"/>).</returns>
    public static bool TryParse(string? text, int contextYear, out Deadline deadline)
    {
        deadline = Parse(text, contextYear);
        return deadline.Kind != DeadlineKind.Unspecified;
    }

    /// <inheritdoc />
    public bool Equals(Deadline? other) =>
        other is not null
        && Text == other.Text
        && Kind == other.Kind
        && DueDate == other.DueDate
        && StartDate == other.StartDate
        && Recurrence == other.Recurrence
        && Authority == other.Authority
        && Milestones.SequenceEqual(other.Milestones)
        && Unrecognized.SequenceEqual(other.Unrecognized);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Kind, DueDate, StartDate, Recurrence, Authority, Milestones.Count);

    /// <summary>The kind, the dates it fixes and the text, e.g. <c>EndOfMonth 2025-06-01..2025-06-30 "Tháng 6/2025"</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(Kind.ToString());
        if (Recurrence != DeadlineRecurrence.None)
        {
            builder.Append(' ').Append(Recurrence);
        }

        if (StartDate is not null || DueDate is not null)
        {
            builder.Append(' ')
                .Append(StartDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty)
                .Append("..")
                .Append(DueDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return builder.Append(" \"").Append(Text).Append('"').ToString();
    }
}
