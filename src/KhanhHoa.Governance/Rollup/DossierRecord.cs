namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// One dossier (hồ sơ) of an administrative procedure in row form: the in-memory equivalent of a line of the
/// dossier CSV contract (docs/rollup-contract.md). Hosts that already hold dossiers in memory pass these to
/// <see cref="DossierStore.FromRecords"/>; the readers never create them (they write straight into columns).
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DossierRecord
{
    /// <summary><c>dossier_id</c>: unique within a store.</summary>
    public required string DossierId { get; init; }

    /// <summary><c>unit_code</c>: the org unit that received the dossier.</summary>
    public required string UnitCode { get; init; }

    /// <summary><c>procedure_code</c>: the administrative procedure (thủ tục hành chính).</summary>
    public required string ProcedureCode { get; init; }

    /// <summary><c>service_level</c>: the online service level of the procedure.</summary>
    public ServiceLevel ServiceLevel { get; init; }

    /// <summary><c>channel</c>: how the dossier was filed.</summary>
    public FilingChannel Channel { get; init; }

    /// <summary><c>received_at</c>: local time in Asia/Ho_Chi_Minh, to the minute.</summary>
    public LocalDateTime ReceivedAt { get; init; }

    /// <summary><c>due_date</c>: the promised return date (ngày hẹn trả).</summary>
    public LocalDate DueDate { get; init; }

    /// <summary><c>finished_at</c>: when the dossier was resolved, or <see langword="null"/> while in progress.</summary>
    public LocalDateTime? FinishedAt { get; init; }

    /// <summary><c>supplement_requests</c>: how many times more documents were requested (≥ 0).</summary>
    public int SupplementRequests { get; init; }

    /// <summary><c>digitized</c>: the dossier's components were digitised (Circular 01/2023/TT-VPCP).</summary>
    public bool Digitized { get; init; }

    /// <summary><c>e_result</c>: the result was issued electronically.</summary>
    public bool EResult { get; init; }

    /// <summary><c>reused_data</c>: the dossier reused previously digitised data.</summary>
    public bool ReusedData { get; init; }

    /// <summary><c>id_linked</c>: the dossier is linked to the applicant's electronic identity.</summary>
    public bool IdLinked { get; init; }

    /// <summary><c>fee_required</c>: the procedure carries a fee or charge.</summary>
    public bool FeeRequired { get; init; }

    /// <summary><c>paid_online</c>: the fee was paid online.</summary>
    public bool PaidOnline { get; init; }
}
