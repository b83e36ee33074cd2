namespace KhanhHoa.Governance.Calendar;

/// <summary>A non-working day (other than an ordinary weekly rest day), with the reason and its legal source.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">What kind of rule or decision makes it a day off.</param>
/// <param name="Reason">The occasion, in Vietnamese (e.g. "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Nghỉ bù …").</param>
/// <param name="Source">The law article or document (e.g. "Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1").</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record NonWorkingDay(LocalDate Date, NonWorkingDayKind Kind, string Reason, string Source);
