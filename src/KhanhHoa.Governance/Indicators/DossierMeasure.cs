namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// The dossier measures: the single definition of the counters the rollup engine computes for every unit and period
/// (docs/rollup-contract.md §4) and that the standard dossier indicators are ratios of sums of (the embedded catalog, Data/Resources/indicator-catalog.json).
/// Their contract names (<c>received_full_online</c> …) are the members' names in snake case
/// (<see cref="DossierMeasures.NameOf"/>); their order is the contract's.
/// </summary>
/// <remarks>The definitions follow the reporting form II.06a (received, resolved early/on time/late, pending) and the
/// 766 index (Decision 766/QĐ-TTg).</remarks>
public enum DossierMeasure
{
    /// <summary><c>received</c>: dossiers received in the period.</summary>
    Received = 0,

    /// <summary><c>received_online</c>: received in the period through the online channel.</summary>
    ReceivedOnline = 1,

    /// <summary><c>received_full_online</c>: received online in the period for a full-process online procedure (DVCTT toàn trình, Decree 42/2022/NĐ-CP, Art. 11(1)).</summary>
    ReceivedFullOnline = 2,

    /// <summary><c>received_full_eligible</c>: received in the period for a full-process online procedure (the full-online denominator of the 766 index).</summary>
    ReceivedFullEligible = 3,

    /// <summary><c>resolved</c>: finished in the period.</summary>
    Resolved = 4,

    /// <summary><c>resolved_on_time</c>: finished in the period on or before the due date with at most one supplement request (the 766 index's on-time rule).</summary>
    ResolvedOnTime = 5,

    /// <summary><c>resolved_late</c>: finished in the period and not on time.</summary>
    ResolvedLate = 6,

    /// <summary><c>pending_end</c>: received on or before the period's end and not finished by it.</summary>
    PendingEnd = 7,

    /// <summary><c>pending_overdue_end</c>: pending at the period's end with a due date before the end.</summary>
    PendingOverdueEnd = 8,

    /// <summary><c>digitized</c>: received in the period and digitised (Circular 01/2023/TT-VPCP).</summary>
    Digitized = 9,

    /// <summary><c>reused_data</c>: received in the period reusing digitised data.</summary>
    ReusedData = 10,

    /// <summary><c>id_linked</c>: received in the period linked to an electronic identity.</summary>
    IdLinked = 11,

    /// <summary><c>fee_required</c>: received in the period for a procedure with a fee.</summary>
    FeeRequired = 12,

    /// <summary><c>paid_online</c>: received in the period with a fee that was paid online.</summary>
    PaidOnline = 13,

    /// <summary><c>e_result</c>: finished in the period with an electronic result.</summary>
    EResult = 14,
}
