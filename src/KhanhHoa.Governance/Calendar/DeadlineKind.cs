namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// What kind of time a free-text deadline (thời hạn, thời gian hoàn thành) names, as <see cref="Deadline.Parse"/>
/// classifies it.
/// </summary>
public enum DeadlineKind
{
    /// <summary>The text names no time at all (for example an empty cell or a remark).</summary>
    Unspecified = 0,

    /// <summary>A day: "Trước ngày 15/4/2025", "trong ngày 10/4/2025", "30/10/2025", "đến 31/12/2025".</summary>
    FixedDate = 1,

    /// <summary>A month: "Tháng 6/2025", "Hoàn thành trong tháng 12/2025"; due on the month's last day.</summary>
    EndOfMonth = 2,

    /// <summary>A quarter: "Quý II/2025", "Quý IV" (in the context year); due on the quarter's last day.</summary>
    EndOfQuarter = 3,

    /// <summary>A year: "Năm 2025", "2025"; due on 31 December.</summary>
    EndOfYear = 4,

    /// <summary>A span of months: "trong tháng 8-9/2025", "6 tháng đầu năm 2025"; due on the last month's last day.</summary>
    MonthRange = 5,

    /// <summary>A repeating obligation: "Hàng tháng", "Hằng năm", "báo cáo hằng quý"; see <see cref="Deadline.Recurrence"/>.</summary>
    Recurring = 6,

    /// <summary>Ongoing work with no end: "Thực hiện thường xuyên", "2025 và những năm tiếp theo", "Từ 01/01/2026".</summary>
    Continuous = 7,

    /// <summary>Set later by another body: "Theo chỉ đạo của Bộ Công an"; see <see cref="Deadline.Authority"/>.</summary>
    External = 8,

    /// <summary>Several dated steps: "Thí điểm tháng 9/2025, triển khai chính thức tháng 10/2025", bullet cells; see <see cref="Deadline.Milestones"/>.</summary>
    Milestones = 9,
}
