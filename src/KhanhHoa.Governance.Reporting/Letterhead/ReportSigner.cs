namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Who signs a periodic report for the reporting months from <see cref="From"/> to <see cref="To"/>: a signer is named
/// for the months they sign, never assumed for others (a new term, a deputy signing, a reorganised committee).
/// </summary>
/// <param name="From">The first reporting month signed.</param>
/// <param name="To">The last reporting month signed; equal to <paramref name="From"/> for one report.</param>
/// <param name="Signature">The signature block printed for those months.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportSigner(YearMonth From, YearMonth To, SignatureBlock Signature)
{
    /// <summary>Whether this signer signs the report whose last month is <paramref name="month"/>.</summary>
    public bool Signs(YearMonth month) => From.CompareTo(month) <= 0 && month.CompareTo(To) <= 0;
}
