namespace KhanhHoa.Governance.Directives;

/// <summary>A document cited in free text, e.g. "Công văn số 2307/UBND-KT ngày 19/8/2025".</summary>
/// <param name="Number">The cited number and symbol.</param>
/// <param name="Type">The type named by the words before the number ("Công văn", "Quyết định"), else the type the number carries.</param>
/// <param name="Date">The date written after the number ("ngày 19/8/2025" or "ngày 22 tháng 12 năm 2024"), if any.</param>
/// <param name="Index">The position of the citation in the text searched (NFC).</param>
/// <param name="Length">The length of the citation, from the type words to the date.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentCitation(DocumentNumber Number, DocumentType? Type, LocalDate? Date, int Index, int Length);
