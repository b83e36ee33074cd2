namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// The signature block (Decree 30/2020/NĐ-CP, Appendix I): the authority the signer signs for, the signer's
/// position, an optional second title, and the full name.
/// </summary>
/// <param name="Authority">The capacity line, e.g. "TM. BAN CHỈ ĐẠO"; empty when the head signs in their own name.</param>
/// <param name="Position">The position, e.g. "TRƯỞNG BAN".</param>
/// <param name="SecondaryTitle">A second title printed under the signature space, e.g. "CHỦ TỊCH UBND TỈNH"; may be empty.</param>
/// <param name="SignerName">The signer's full name; empty while no signer is configured for the period (see <see cref="ReportLetterhead.UnconfiguredSignature"/>).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SignatureBlock(string Authority, string Position, string SecondaryTitle, string SignerName);
