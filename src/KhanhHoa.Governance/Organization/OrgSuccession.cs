namespace KhanhHoa.Governance.Organization;

/// <summary>
/// One predecessor → successor link of a reorganisation, e.g. xã Cam Lập → xã Nam Cam Ranh on 1 July 2025
/// (Resolution 1667/NQ-UBTVQH15, clause 1).
/// </summary>
/// <param name="PredecessorCode">The code of the unit that ceased to exist.</param>
/// <param name="SuccessorCode">The code of the unit that took it (or part of it) over.</param>
/// <param name="EffectiveDate">The first day of the successor.</param>
/// <param name="Share">Whether the successor took the whole predecessor or only part of it.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record OrgSuccession(string PredecessorCode, string SuccessorCode, LocalDate EffectiveDate, SuccessionShare Share);
