using System.Collections.Frozen;
using System.Text;

namespace KhanhHoa.Governance.Directives;

/// <summary>
/// The abbreviations of document types (Decree 30/2020/NĐ-CP, Art. 9 and Appendix III) and their Vietnamese names,
/// used to read document numbers and citations.
/// </summary>
/// <remarks>
/// Transcriptions of Appendix III disagree on three abbreviations (memorandum GN/BGN, agreement TTh/BTT, leave permit
/// GNP/NP); the decree's own Appendix III settles them as BGN, BTT and GNP, which <see cref="Default"/> uses. A host
/// that must read documents numbered with another transcription's code replaces it with <see cref="WithCode"/>.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class DocumentTypeTable
{
    private readonly FrozenDictionary<string, DocumentType> byCode;
    private readonly FrozenDictionary<DocumentType, string> codes;

    private DocumentTypeTable(IEnumerable<KeyValuePair<DocumentType, string>> codes)
    {
        this.codes = codes.ToFrozenDictionary();
        byCode = this.codes.ToFrozenDictionary(static p => p.Value, static p => p.Key, StringComparer.Ordinal);
    }

    /// <summary>The table of Decree 30/2020/NĐ-CP, Appendix III, with the normative types NĐ, TT, TTLT and L.</summary>
    public static DocumentTypeTable Default { get; } = new(new Dictionary<DocumentType, string>
    {
        [DocumentType.Resolution] = "NQ", [DocumentType.Decision] = "QĐ", [DocumentType.Directive] = "CT",
        [DocumentType.Statute] = "QC", [DocumentType.Provisions] = "QyĐ", [DocumentType.Communique] = "TC",
        [DocumentType.Notice] = "TB", [DocumentType.Guidance] = "HD", [DocumentType.Programme] = "CTr",
        [DocumentType.Plan] = "KH", [DocumentType.Arrangement] = "PA", [DocumentType.Scheme] = "ĐA",
        [DocumentType.Project] = "DA", [DocumentType.Report] = "BC", [DocumentType.Minutes] = "BB",
        [DocumentType.Submission] = "TTr", [DocumentType.Contract] = "HĐ", [DocumentType.Dispatch] = "CĐ",
        [DocumentType.Memorandum] = "BGN", [DocumentType.Agreement] = "BTT", [DocumentType.PowerOfAttorney] = "GUQ",
        [DocumentType.Invitation] = "GM", [DocumentType.LetterOfIntroduction] = "GGT", [DocumentType.LeavePermit] = "GNP",
        [DocumentType.DispatchSlip] = "PG", [DocumentType.TransferSlip] = "PC", [DocumentType.NotificationSlip] = "PB",
        [DocumentType.Decree] = "NĐ", [DocumentType.Circular] = "TT", [DocumentType.JointCircular] = "TTLT",
        [DocumentType.Law] = "L",
    });

    /// <summary>The Vietnamese names that introduce a document of each type in running text ("Quyết định số …").</summary>
    public static IReadOnlyDictionary<string, DocumentType?> VietnameseNames { get; } = new Dictionary<string, DocumentType?>(StringComparer.Ordinal)
    {
        ["Nghị quyết"] = DocumentType.Resolution, ["Quyết định"] = DocumentType.Decision, ["Chỉ thị"] = DocumentType.Directive,
        ["Quy chế"] = DocumentType.Statute, ["Quy định"] = DocumentType.Provisions, ["Thông cáo"] = DocumentType.Communique,
        ["Thông báo"] = DocumentType.Notice, ["Hướng dẫn"] = DocumentType.Guidance, ["Chương trình"] = DocumentType.Programme,
        ["Kế hoạch"] = DocumentType.Plan, ["Kế hoạch phối hợp"] = DocumentType.Plan, ["Phương án"] = DocumentType.Arrangement,
        ["Đề án"] = DocumentType.Scheme, ["Dự án"] = DocumentType.Project, ["Báo cáo"] = DocumentType.Report,
        ["Biên bản"] = DocumentType.Minutes, ["Tờ trình"] = DocumentType.Submission, ["Hợp đồng"] = DocumentType.Contract,
        ["Công văn"] = DocumentType.OfficialLetter, ["Công điện"] = DocumentType.Dispatch, ["Giấy mời"] = DocumentType.Invitation,
        ["Nghị định"] = DocumentType.Decree, ["Thông tư liên tịch"] = DocumentType.JointCircular, ["Thông tư"] = DocumentType.Circular,
        ["Luật"] = DocumentType.Law,
        // "Văn bản" (document) says nothing about the type: the number's symbol decides.
        ["Văn bản"] = null,
    };

    /// <summary>Returns a copy of this table with <paramref name="type"/> abbreviated as <paramref name="code"/>.</summary>
    /// <param name="type">The type whose abbreviation to set.</param>
    /// <param name="code">The abbreviation, e.g. "BGN".</param>
    /// <returns>The new table.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or already used by another type.</exception>
    public DocumentTypeTable WithCode(DocumentType type, string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var normalized = code.Normalize(NormalizationForm.FormC);
        if (byCode.TryGetValue(normalized, out var other) && other != type)
        {
            throw new ArgumentException($"'{code}' already abbreviates {other}", nameof(code));
        }

        var copy = codes.ToDictionary();
        copy[type] = normalized;
        return new DocumentTypeTable(copy);
    }

    /// <summary>The abbreviation of <paramref name="type"/>, or <see langword="null"/> for types that have none (công văn, thư công).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The abbreviation.</returns>
    public string? CodeOf(DocumentType type) => codes.GetValueOrDefault(type);

    /// <summary>The type abbreviated <paramref name="code"/> (case-sensitive: "CTr" is a programme, "CT" a directive).</summary>
    /// <param name="code">An abbreviation.</param>
    /// <returns>The type, or <see langword="null"/> when <paramref name="code"/> is not in the table.</returns>
    public DocumentType? TypeOf(string code) => byCode.TryGetValue(code, out var type) ? type : null;
}
