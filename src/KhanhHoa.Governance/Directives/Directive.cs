namespace KhanhHoa.Governance.Directives;

/// <summary>
/// A document that gives or reports on tasks: a plan, decision, official letter, notice or report, with the
/// documents it is based on.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Directive
{
    /// <summary>The number and symbol; a draft has a blank number (<see cref="DocumentNumber.IsDraft"/>).</summary>
    public required DocumentNumber Number { get; init; }

    /// <summary>The document type, when known; otherwise the number's <see cref="DocumentNumber.DocumentType"/>.</summary>
    public DocumentType? Type { get; init; }

    /// <summary>The issuing body as written (e.g. "Ủy ban nhân dân tỉnh Khánh Hòa").</summary>
    public string? Issuer { get; init; }

    /// <summary>The date of issue, or <see langword="null"/> when the document leaves it blank (drafts).</summary>
    public LocalDate? IssuedOn { get; init; }

    /// <summary>The subject line (trích yếu) as printed.</summary>
    public string? Subject { get; init; }

    /// <summary>The signer as printed, with the signing capacity when given (e.g. "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Nguyễn Long Biên").</summary>
    public string? Signer { get; init; }

    /// <summary>The documents this one says it implements or is based on (căn cứ, thực hiện).</summary>
    public IReadOnlyList<DocumentCitation> BasisDocuments { get; init; } = [];

    /// <summary>The document's type: <see cref="Type"/> or, failing that, the type its number carries.</summary>
    public DocumentType? EffectiveType => Type ?? Number.DocumentType;
}
