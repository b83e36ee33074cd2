namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// The processing time of an administrative procedure (thời hạn giải quyết TTHC) in working days, with the
/// optional per-procedure afternoon cut-off of same-day procedures.
/// </summary>
/// <remarks>
/// <para>
/// Days are counted under the Civil Code 91/2015/QH13: the day of receipt is not counted (Art. 147(2)) and a
/// period that would end on a day off ends on the next working day (Art. 148(5)).
/// </para>
/// <para>
/// <see cref="SameDayCutoff"/> models the rule of procedures that are settled on the day they are received but move
/// to the next working day when received late: certification, Decree 23/2015/NĐ-CP Art. 7 ("sau 15 giờ"), and civil
/// status, Law 60/2014/QH13 Art. 5(3). It is a setting of each procedure, never a global default: Decree 61/2018/NĐ-CP
/// Art. 18(2) sets 15:00 only for forwarding paper dossiers.
/// </para>
/// </remarks>
/// <param name="WorkingDays">The processing time in working days; 0 for a same-day procedure.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ProcedureTimeLimit(int WorkingDays)
{
    /// <summary>The 15:00 cut-off of Decree 23/2015/NĐ-CP Art. 7 and Law 60/2014/QH13 Art. 5(3).</summary>
    public static LocalTime AfternoonCutoff { get; } = new(15, 0);

    /// <summary>
    /// For a same-day procedure (<see cref="WorkingDays"/> = 0): a dossier received after this time is due on the next
    /// working day. <see langword="null"/> (the default) means no cut-off. Ignored when <see cref="WorkingDays"/> is positive.
    /// </summary>
    public LocalTime? SameDayCutoff { get; init; }

    /// <summary>A same-day procedure whose dossiers received after <paramref name="cutoff"/> are due on the next working day.</summary>
    /// <param name="cutoff">The cut-off, usually <see cref="AfternoonCutoff"/>.</param>
    /// <returns>The time limit.</returns>
    public static ProcedureTimeLimit SameDay(LocalTime? cutoff) => new(0) { SameDayCutoff = cutoff };
}
