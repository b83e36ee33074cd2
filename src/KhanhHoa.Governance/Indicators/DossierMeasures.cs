namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// The names of the dossier counters the rollup engine produces per unit and period (integers); the standard
/// dossier indicators are ratios of these. The rollup engine uses the same strings, so neither depends on the other's types.
/// </summary>
/// <remarks>The definitions follow the reporting form II.06a (received, resolved early/on time/late, pending) and the
/// 766 index (Decision 766/QĐ-TTg); see each indicator's documentation for its basis.</remarks>
/// <threadsafety>Constants; safe to use from any thread.</threadsafety>
public static class DossierMeasures
{
    /// <summary>Dossiers received in the period, any channel, excluding carry-over.</summary>
    public const string Received = "received";

    /// <summary>Dossiers received through the online channel.</summary>
    public const string ReceivedOnline = "received_online";

    /// <summary>Dossiers received and handled as full-process online services (DVCTT toàn trình, Decree 42/2022/NĐ-CP, Art. 11(1)).</summary>
    public const string ReceivedFullOnline = "received_full_online";

    /// <summary>Dossiers received for procedures eligible for full-process online service.</summary>
    public const string ReceivedFullEligible = "received_full_eligible";

    /// <summary>Dossiers resolved in the period.</summary>
    public const string Resolved = "resolved";

    /// <summary>Dossiers resolved early or on time.</summary>
    public const string ResolvedOnTime = "resolved_on_time";

    /// <summary>Dossiers resolved after their due date.</summary>
    public const string ResolvedLate = "resolved_late";

    /// <summary>Dossiers still in progress at the end of the period.</summary>
    public const string PendingEnd = "pending_end";

    /// <summary>Dossiers in progress and already overdue at the end of the period.</summary>
    public const string PendingOverdueEnd = "pending_overdue_end";

    /// <summary>Dossiers whose components and result were digitised (Circular 01/2023/TT-VPCP).</summary>
    public const string Digitized = "digitized";

    /// <summary>Dossiers reusing at least one digitised component.</summary>
    public const string ReusedData = "reused_data";

    /// <summary>Dossiers linked to the applicant's personal identification number.</summary>
    public const string IdLinked = "id_linked";

    /// <summary>Dossiers of procedures that carry a fee or charge.</summary>
    public const string FeeRequired = "fee_required";

    /// <summary>Fee-bearing dossiers paid online.</summary>
    public const string PaidOnline = "paid_online";

    /// <summary>Dossiers whose result was issued electronically.</summary>
    public const string EResult = "e_result";

    /// <summary>Every dossier measure name, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Received, ReceivedOnline, ReceivedFullOnline, ReceivedFullEligible, Resolved, ResolvedOnTime, ResolvedLate,
        PendingEnd, PendingOverdueEnd, Digitized, ReusedData, IdLinked, FeeRequired, PaidOnline, EResult,
    ];
}
