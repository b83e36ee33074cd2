namespace KhanhHoa.Governance.Organization;

/// <summary>One agency named in a cell of a task table, as written and as resolved.</summary>
/// <param name="Text">The words of the cell that named the agency, as written (qualifier excluded).</param>
/// <param name="Agency">The agency the words resolve to.</param>
/// <param name="Qualifier">The text of a parenthesised qualifier that followed it, e.g. "dữ liệu đất đai" in
/// "Sở Nông nghiệp và Môi trường (dữ liệu đất đai)", or a trailing "liên quan".</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record AgencyReference(string Text, Agency Agency, string? Qualifier = null);
