using System.Globalization;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// The header of an administrative report under Decree 30/2020/NĐ-CP (Art. 8 and Appendix I): the issuing body,
/// the number and symbol, the place and date, and the subject line.
/// </summary>
/// <param name="ParentBody">The body the issuer belongs to (cơ quan chủ quản), printed above it in capitals, e.g. "UBND TỈNH KHÁNH HÒA"; empty when none.</param>
/// <param name="IssuingBody">The issuing body, e.g. "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA".</param>
/// <param name="Number">The document number, <see langword="null"/> for a draft (printed as "Số: /BC-BCĐ").</param>
/// <param name="Symbol">The symbol after the slash, e.g. <c>BC-BCĐ</c>.</param>
/// <param name="Place">The place name of the place and date line, e.g. "Khánh Hòa".</param>
/// <param name="IssueDate">The date on the place and date line.</param>
/// <param name="Title">The document type as the title, e.g. "BÁO CÁO".</param>
/// <param name="Subject">The subject line (trích yếu) under the title.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportHeader(
    string ParentBody,
    string IssuingBody,
    int? Number,
    string Symbol,
    string Place,
    LocalDate IssueDate,
    string Title,
    string Subject)
{
    /// <summary>
    /// The number and symbol line: "Số: 87/BC-BCĐ", numbers below 10 zero-padded ("Số: 05/BC-BCĐ") as Decree 30/2020/NĐ-CP,
    /// Appendix I, requires; a draft leaves the number blank ("Số: /BC-BCĐ").
    /// </summary>
    public string NumberAndSymbol => Number is { } number
        ? string.Create(CultureInfo.InvariantCulture, $"Số: {number:00}/{Symbol}")
        : $"Số: /{Symbol}";

    /// <summary>
    /// The place and date line, e.g. "Khánh Hòa, ngày 15 tháng 9 năm 2025". A draft leaves the day and the month blank
    /// for the signer, as it leaves the number ("Khánh Hòa, ngày    tháng    năm 2025"): the date of a report is the day
    /// it is signed, not its period's cut-off.
    /// </summary>
    public string PlaceAndDate => IsDraft
        ? string.Create(CultureInfo.InvariantCulture, $"{Place}, ngày{Blank}tháng{Blank}năm {IssueDate.Year}")
        : $"{Place}, {VietnameseFormat.LongDate(IssueDate)}";

    /// <summary>The mark a draft carries above its header (Decree 30 leaves number and date to the signer).</summary>
    public const string DraftMark = "DỰ THẢO";

    /// <summary>
    /// The bodies the report is sent up to, printed as "Kính gửi: …" under the subject (Decree 30/2020, Appendix I,
    /// element 9a); "Nơi nhận" then starts with "- Như trên;". Empty (the default) for a report without one.
    /// </summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>
    /// The issuing body as a sentence names it ("Ban Chỉ đạo tỉnh Khánh Hòa"), for each annex's "(Kèm theo Báo cáo số …
    /// ngày … của …)"; <see langword="null"/> leaves the place to fill.
    /// </summary>
    public string? IssuerName { get; init; }

    // Room for a handwritten day or month: no-break spaces, which no renderer collapses.
    private const string Blank = " \u00A0\u00A0\u00A0\u00A0 ";

    /// <summary>Whether the report is a draft (no number yet).</summary>
    public bool IsDraft => Number is null;
}
