namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>
/// The monthly report as a format-neutral document: what every writer (Markdown, HTML, Word, Excel, JSON, a host's console
/// summary) prints, already numbered, worded and cut to its purpose by the section composers
/// (<see cref="ReportDocumentComposer.Compose"/>). A writer decides only how each element looks, never what it says.
/// </summary>
/// <param name="Header">The header block under Decree 30/2020/NĐ-CP.</param>
/// <param name="Body">The body's blocks in order: sections I (with the tasks), II and III.</param>
/// <param name="Closing">The closing sentence, "Nơi nhận" and the signature block.</param>
/// <param name="Annexes">The annexes, in order ("Phụ lục I", "Phụ lục II").</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportDocument(
    DocumentHeader Header,
    IReadOnlyList<DocumentBlock> Body,
    DocumentClosing Closing,
    IReadOnlyList<DocumentAnnex> Annexes)
{
    /// <summary>The body's blocks (a read-only copy).</summary>
    public IReadOnlyList<DocumentBlock> Body { get; init; } = [.. Body];

    /// <summary>The annexes (a read-only copy).</summary>
    public IReadOnlyList<DocumentAnnex> Annexes { get; init; } = [.. Annexes];

    /// <summary>
    /// The footnotes, numbered from 1 across the whole document (body and annexes) in the order their references appear;
    /// each <see cref="FootnoteReference"/> names one of them.
    /// </summary>
    public IReadOnlyList<DocumentFootnote> Footnotes { get; init; } = [];

    /// <summary>What the report is for; the composers have already applied it (a writer need not look at it).</summary>
    public ReportPurpose Purpose { get; init; } = ReportPurpose.Review;
}
