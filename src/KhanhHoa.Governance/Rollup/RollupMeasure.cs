namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The measures the engine computes for every unit and period (docs/rollup-contract.md); the JSON names are
/// given by <see cref="RollupMeasureNames.Of"/>. Indicators are ratios of sums of these (indicators.md §3).
/// </summary>
public enum RollupMeasure
{
    /// <summary><c>received</c>: dossiers received in the period.</summary>
    Received = 0,

    /// <summary><c>received_online</c>: received in the period through the online channel.</summary>
    ReceivedOnline = 1,

    /// <summary><c>received_full_online</c>: received online in the period for a full-process online procedure.</summary>
    ReceivedFullOnline = 2,

    /// <summary><c>received_full_eligible</c>: received in the period for a full-process online procedure (the 766 denominator of indicators.md §3.2 b).</summary>
    ReceivedFullEligible = 3,

    /// <summary><c>resolved</c>: finished in the period.</summary>
    Resolved = 4,

    /// <summary><c>resolved_on_time</c>: finished in the period on or before the due date with at most one supplement request (indicators.md §3.3).</summary>
    ResolvedOnTime = 5,

    /// <summary><c>resolved_late</c>: finished in the period and not on time.</summary>
    ResolvedLate = 6,

    /// <summary><c>pending_end</c>: received on or before the period's end and not finished by it.</summary>
    PendingEnd = 7,

    /// <summary><c>pending_overdue_end</c>: pending at the period's end with a due date before the end.</summary>
    PendingOverdueEnd = 8,

    /// <summary><c>digitized</c>: received in the period and digitised.</summary>
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
