namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// The days the Prime Minister fixed for 2024–2026 for state agencies (Labour Code 45/2019/QH14 Art. 112(3)): the Tết
/// days, the day next to 2 September, swapped days off and working Saturdays, each citing its document. Applies to
/// "cán bộ, công chức, viên chức và người lao động của cơ quan hành chính nhà nước, nghỉ hằng tuần thứ Bảy và Chủ nhật".
/// Fixed-date holidays, Hùng Kings' day and compensatory days off (Art. 111(3)) are computed from the statute, not listed.
/// </summary>
/// <remarks>
/// Compiled into the library rather than read from a file, so the calendar needs nothing else of the library; hosts
/// add later years in the JSON form <c>khanhhoa-governance/calendar-decisions/1</c> through the Data room's loader.
/// The 2026 Tết and 2/9 entries cite press reports of a VPCP letter whose number was not found; the 2/9 swap has a
/// single news source.
/// </remarks>
internal static class CivilServiceDecisions
{
    /// <summary>The date these entries were last checked against their sources.</summary>
    public const string Version = "2026-03-15";

    private const string Notice5015Of2023 = "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023";
    private const string Letter2450Of2024 = "Công văn 2450/VPCP-KGVX ngày 12/4/2024";
    private const string Letter8726Of2024 = "Văn bản 8726/VPCP-KGVX ngày 26/11/2024";
    private const string Letter8726Of2024AsReported = "Văn bản 8726/VPCP-KGVX ngày 26/11/2024 (as reported)";
    private const string Letter12729Of2025 = "Văn bản 12729/VPCP-KGVX ngày 25/12/2025";
    private const string VpcpLetterOctober2025 = "Văn bản của VPCP truyền đạt quyết định của Thủ tướng, tháng 10/2025 (số hiệu chưa tìm thấy; kienthuc.net.vn 13/10/2025)";
    private const string VpcpLetterOctober2025SingleSource = "Văn bản của VPCP truyền đạt quyết định của Thủ tướng, tháng 10/2025 (số hiệu chưa tìm thấy; một nguồn tin: kienthuc.net.vn 13/10/2025)";

    /// <summary>The years whose every fixed day is listed.</summary>
    public static IReadOnlyList<int> Years { get; } = [2024, 2025, 2026];

    /// <summary>The decisions, by date.</summary>
    public static IReadOnlyList<CalendarDecision> Decisions { get; } =
    [
        new(new LocalDate(2024, 2, 8), false, "Tết Âm lịch Giáp Thìn (29 tháng Chạp)", Notice5015Of2023),
        new(new LocalDate(2024, 2, 9), false, "Tết Âm lịch Giáp Thìn (30 tháng Chạp)", Notice5015Of2023),
        new(new LocalDate(2024, 2, 12), false, "Tết Âm lịch Giáp Thìn (mùng 3)", Notice5015Of2023),
        new(new LocalDate(2024, 2, 13), false, "Nghỉ bù Tết (Tết rơi vào thứ Bảy 10/02, Chủ nhật 11/02)", Notice5015Of2023),
        new(new LocalDate(2024, 2, 14), false, "Nghỉ bù Tết (Tết rơi vào thứ Bảy 10/02, Chủ nhật 11/02)", Notice5015Of2023),
        new(new LocalDate(2024, 4, 29), false, "Hoán đổi ngày nghỉ (làm bù thứ Bảy 04/05)", Letter2450Of2024),
        new(new LocalDate(2024, 5, 4), true, "Làm bù cho thứ Hai 29/04", Letter2450Of2024),
        new(new LocalDate(2024, 9, 3), false, "Quốc khánh (ngày liền kề)", Notice5015Of2023),
        new(new LocalDate(2025, 1, 27), false, "Tết Âm lịch Ất Tỵ (nghỉ từ thứ Bảy 25/01 đến Chủ nhật 02/02)", Letter8726Of2024),
        new(new LocalDate(2025, 1, 28), false, "Tết Âm lịch Ất Tỵ (nghỉ từ thứ Bảy 25/01 đến Chủ nhật 02/02)", Letter8726Of2024),
        new(new LocalDate(2025, 1, 29), false, "Tết Âm lịch Ất Tỵ (nghỉ từ thứ Bảy 25/01 đến Chủ nhật 02/02)", Letter8726Of2024),
        new(new LocalDate(2025, 1, 30), false, "Tết Âm lịch Ất Tỵ (nghỉ từ thứ Bảy 25/01 đến Chủ nhật 02/02)", Letter8726Of2024),
        new(new LocalDate(2025, 1, 31), false, "Tết Âm lịch Ất Tỵ (nghỉ từ thứ Bảy 25/01 đến Chủ nhật 02/02)", Letter8726Of2024),
        new(new LocalDate(2025, 4, 26), true, "Làm bù cho thứ Sáu 02/05", Letter8726Of2024AsReported),
        new(new LocalDate(2025, 5, 2), false, "Hoán đổi ngày nghỉ (làm bù thứ Bảy 26/04)", Letter8726Of2024AsReported),
        new(new LocalDate(2025, 9, 1), false, "Quốc khánh (ngày liền kề)", Letter8726Of2024AsReported),
        new(new LocalDate(2026, 1, 2), false, "Hoán đổi ngày nghỉ (làm bù thứ Bảy 10/01)", Letter12729Of2025),
        new(new LocalDate(2026, 1, 10), true, "Làm bù cho thứ Sáu 02/01", Letter12729Of2025),
        new(new LocalDate(2026, 2, 16), false, "Tết Âm lịch Bính Ngọ (nghỉ từ thứ Bảy 14/02 đến Chủ nhật 22/02)", VpcpLetterOctober2025),
        new(new LocalDate(2026, 2, 17), false, "Tết Âm lịch Bính Ngọ (nghỉ từ thứ Bảy 14/02 đến Chủ nhật 22/02)", VpcpLetterOctober2025),
        new(new LocalDate(2026, 2, 18), false, "Tết Âm lịch Bính Ngọ (nghỉ từ thứ Bảy 14/02 đến Chủ nhật 22/02)", VpcpLetterOctober2025),
        new(new LocalDate(2026, 2, 19), false, "Tết Âm lịch Bính Ngọ (nghỉ từ thứ Bảy 14/02 đến Chủ nhật 22/02)", VpcpLetterOctober2025),
        new(new LocalDate(2026, 2, 20), false, "Tết Âm lịch Bính Ngọ (nghỉ từ thứ Bảy 14/02 đến Chủ nhật 22/02)", VpcpLetterOctober2025),
        new(new LocalDate(2026, 8, 22), true, "Làm bù cho thứ Hai 31/08", VpcpLetterOctober2025SingleSource),
        new(new LocalDate(2026, 8, 31), false, "Hoán đổi ngày nghỉ (làm bù thứ Bảy 22/08)", VpcpLetterOctober2025SingleSource),
        new(new LocalDate(2026, 9, 1), false, "Quốc khánh (ngày liền kề)", VpcpLetterOctober2025),
    ];
}
