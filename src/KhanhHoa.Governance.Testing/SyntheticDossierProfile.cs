namespace KhanhHoa.Governance.Testing;

/// <summary>
/// The magnitudes <see cref="SyntheticDossiers"/> reproduces. SYNTHETIC: the defaults are calibrated to
/// Khánh Hòa's report 87/BC-BCĐ (19/9/2025, period 16/8–15/9/2025) where it gives a figure, and are assumptions
/// otherwise; no real dossier data is involved.
/// </summary>
/// <remarks>
/// From report 87: 2,156 procedures, 1,224 of them full-process online and 482 partially online (the report's
/// own split, 1,224 + 482 + 581 = 2,287, does not add up to 2,156; the generator keeps 2,156 and the two online
/// counts, so 450 procedures have no online service); 58,455 dossiers digitised in September 2025 and 16,769
/// population-database look-ups, which against an assumed million dossiers a year give the digitised and
/// reused-data shares. The online, on-time (about 93 %), fee and supplement shares are assumptions.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SyntheticDossierProfile
{
    /// <summary>The defaults described in the type's remarks.</summary>
    public static SyntheticDossierProfile Default { get; } = new();

    /// <summary>Procedures in the catalogue (report 87: 2,156).</summary>
    public int ProcedureCount { get; init; } = 2156;

    /// <summary>Procedures with a full-process online service (report 87: 1,224).</summary>
    public int FullOnlineProcedures { get; init; } = 1224;

    /// <summary>Procedures with a partial online service (report 87: 482).</summary>
    public int PartialOnlineProcedures { get; init; } = 482;

    /// <summary>Share of dossiers of full-online procedures filed online (assumption).</summary>
    public double OnlineShareFull { get; init; } = 0.80;

    /// <summary>Share of dossiers of partially online procedures filed online (assumption).</summary>
    public double OnlineSharePartial { get; init; } = 0.45;

    /// <summary>Share of offline dossiers sent by post (assumption).</summary>
    public double PostalShare { get; init; } = 0.03;

    /// <summary>Share of dossiers digitised (report 87: 58,455 in a month of roughly 83,000).</summary>
    public double DigitizedShare { get; init; } = 0.70;

    /// <summary>Share of dossiers reusing digitised data (report 87: 16,769 look-ups in a month).</summary>
    public double ReusedDataShare { get; init; } = 0.20;

    /// <summary>Share of dossiers linked to an electronic identity (report 87's target: 100 %).</summary>
    public double IdLinkedShare { get; init; } = 0.95;

    /// <summary>Share of procedures that carry a fee (assumption).</summary>
    public double FeeRequiredShare { get; init; } = 0.35;

    /// <summary>Share of fee-bearing online dossiers paid online (assumption).</summary>
    public double PaidOnlineShare { get; init; } = 0.70;

    /// <summary>Share of resolved dossiers with an electronic result (assumption).</summary>
    public double EResultShare { get; init; } = 0.60;

    /// <summary>Share of dossiers resolved by the due date (assumption: about 93 %).</summary>
    public double OnTimeShare { get; init; } = 0.93;

    /// <summary>Share of dossiers with one supplement request (assumption).</summary>
    public double OneSupplementShare { get; init; } = 0.10;

    /// <summary>Share of dossiers with two or more supplement requests (assumption).</summary>
    public double SeveralSupplementsShare { get; init; } = 0.02;
}
