namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// One day fixed by an official decision (or a host's own decision): a day off that would otherwise be worked
/// (the Tết days and the day next to 2 September that the Prime Minister fixes each year under Labour Code
/// 45/2019/QH14 Art. 112(3), a swapped day off) or a working day that would otherwise be off (a working Saturday).
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="IsWorkingDay">Whether the day is worked (a swapped working Saturday) or off.</param>
/// <param name="Reason">Why, in Vietnamese as the document says it ("Tết Âm lịch", "Hoán đổi ngày nghỉ", "Làm bù").</param>
/// <param name="Source">The document: number and symbol, issuer and date (e.g. "Công văn 2450/VPCP-KGVX ngày 12/4/2024").</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CalendarDecision(LocalDate Date, bool IsWorkingDay, string Reason, string Source);
