namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The online service level of an administrative procedure (the contract's <c>service_level</c> column).
/// </summary>
/// <remarks>
/// Decree 42/2022/NĐ-CP, Art. 11(1): a full-process online public service (dịch vụ công trực tuyến toàn trình)
/// performs and resolves the procedure entirely online; any other online service is partial (một phần).
/// </remarks>
public enum ServiceLevel
{
    /// <summary>No online service (<c>none</c>).</summary>
    None = 0,

    /// <summary>Partially online service (<c>partial</c>, DVCTT một phần).</summary>
    Partial = 1,

    /// <summary>Full-process online service (<c>full</c>, DVCTT toàn trình).</summary>
    Full = 2,
}
