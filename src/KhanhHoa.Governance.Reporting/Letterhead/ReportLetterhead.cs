using System.Globalization;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// A host's configuration of its periodic report (format <c>khanhhoa-governance/report-letterhead/1</c>,
/// <c>schemas/report-letterhead.v1.schema.json</c>): the issuing body, the number's symbol, the place, the subject, the
/// bodies it is sent up to, "Nơi nhận", the closing sentence and who signs which months. A host reads it with
/// <see cref="Read"/> rather than writing these into code, so a new term's signer or recipient is a change of file.
/// </summary>
/// <remarks>
/// A month no <see cref="Signers"/> entry covers gets <see cref="UnconfiguredSignature"/>: the report says the signer is
/// not configured rather than print a name that did not sign it.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportLetterhead
{
    /// <summary>The <c>format</c> value of the JSON form.</summary>
    public const string Format = "khanhhoa-governance/report-letterhead/1";

    /// <summary>The placeholder of <see cref="Subject"/> replaced by the period in words ("tháng 9/2025", "quý 3/2025").</summary>
    public const string PeriodPlaceholder = "{period}";

    /// <summary>The body the issuer belongs to, e.g. "UBND TỈNH KHÁNH HÒA"; empty when none.</summary>
    public required string ParentBody { get; init; }

    /// <summary>The issuing body, e.g. "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA".</summary>
    public required string IssuingBody { get; init; }

    /// <summary>The symbol after the number, e.g. "BC-BCĐ".</summary>
    public required string Symbol { get; init; }

    /// <summary>
    /// The issuing body as a sentence names it ("Ban Chỉ đạo tỉnh Khánh Hòa"), for an annex's "Kèm theo Báo cáo số …
    /// của …"; <see langword="null"/> leaves the place to fill.
    /// </summary>
    public string? IssuerName { get; init; }

    /// <summary>The place of the place-and-date line, e.g. "Khánh Hòa".</summary>
    public required string Place { get; init; }

    /// <summary>The document type as the title, "BÁO CÁO" by default.</summary>
    public string Title { get; init; } = "BÁO CÁO";

    /// <summary>The subject line, with <see cref="PeriodPlaceholder"/> where the period goes.</summary>
    public required string Subject { get; init; }

    /// <summary>The bodies the report is sent up to ("Kính gửi"); empty for none.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>"Nơi nhận", in order.</summary>
    public IReadOnlyList<Recipient> Recipients { get; init; } = [];

    /// <summary>The closing sentence before the signature; empty for none.</summary>
    public string Closing { get; init; } = string.Empty;

    /// <summary>Who signs which reporting months.</summary>
    public IReadOnlyList<ReportSigner> Signers { get; init; } = [];

    /// <summary>The signature block of a month no signer is configured for.</summary>
    public static SignatureBlock UnconfiguredSignature { get; } = new(string.Empty, "(Chưa cấu hình người ký)", string.Empty, string.Empty);

    /// <summary>The header of the report of <paramref name="period"/>, dated <paramref name="issueDate"/>; a draft (no number).</summary>
    public ReportHeader Header(ReportingPeriod period, LocalDate issueDate) =>
        new(ParentBody, IssuingBody, Number: null, Symbol, Place, issueDate, Title, Subject.Replace(PeriodPlaceholder, PeriodWords(period), StringComparison.Ordinal))
        {
            Addressees = Addressees,
            IssuerName = IssuerName,
        };

    /// <summary>The signature of the report of <paramref name="period"/>: the signer of its last month, or <see cref="UnconfiguredSignature"/>.</summary>
    public SignatureBlock Signature(ReportingPeriod period) =>
        Signers.FirstOrDefault(signer => signer.Signs(period.LastMonth))?.Signature ?? UnconfiguredSignature;

    /// <summary>Reads the JSON form: the letterhead, or every located error (nothing half read).</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="source">The file name for the errors, or <see langword="null"/>.</param>
    public static InputResult<ReportLetterhead> Read(ReadOnlySpan<byte> utf8Json, string? source = null) => ReportLetterheadJson.Read(utf8Json, source);

    /// <summary>The period in words as report subjects write it: "tháng 9/2025", "quý 3/2025", "6 tháng đầu năm 2025", "năm 2025".</summary>
    public static string PeriodWords(ReportingPeriod period) => period.Kind switch
    {
        ReportingPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"tháng {period.Index}/{period.Year}"),
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"quý {period.Index}/{period.Year}"),
        ReportingPeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"6 tháng {(period.Index == 1 ? "đầu" : "cuối")} năm {period.Year}"),
        ReportingPeriodKind.NineMonths => string.Create(CultureInfo.InvariantCulture, $"9 tháng năm {period.Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"năm {period.Year}"),
    };
}
