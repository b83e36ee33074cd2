namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>An annex of the report (Decree 30, Appendix I): its number and title, the line saying which report it goes with, and its blocks.</summary>
/// <param name="Number">"Phụ lục I".</param>
/// <param name="Title">Its title, in capitals.</param>
/// <param name="Reference">"(Kèm theo Báo cáo số …/BC-BCĐ ngày … của …)".</param>
/// <param name="Blocks">Its content.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentAnnex(string Number, string Title, string Reference, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>Its content (a read-only copy).</summary>
    public IReadOnlyList<DocumentBlock> Blocks { get; init; } = [.. Blocks];

    /// <summary>Whether it is set landscape (its tables are wide).</summary>
    public bool Landscape { get; init; }

    /// <summary>Its heading as printed: "Phụ lục I: CHẤT LƯỢNG SỐ LIỆU …".</summary>
    public string Heading => $"{Number}: {Title}";
}
