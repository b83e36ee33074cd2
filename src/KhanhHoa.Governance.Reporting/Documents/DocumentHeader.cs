namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>
/// The header block of the report as Decree 30/2020/NĐ-CP (Appendix I) lays it out: the issuing bodies on the left, the
/// national name and motto on the right, the number and symbol with the place and date on one line, the title, the
/// subject, the period line and "Kính gửi". Every text is as printed.
/// </summary>
/// <param name="ParentBody">The body the issuer belongs to, in capitals ("UBND TỈNH KHÁNH HÒA"); empty when none.</param>
/// <param name="IssuingBody">The issuing body, in capitals ("BAN CHỈ ĐẠO TỈNH KHÁNH HÒA").</param>
/// <param name="NumberAndSymbol">"Số: 87/BC-BCĐ", or "Số: /BC-BCĐ" for a draft.</param>
/// <param name="NationalName">"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".</param>
/// <param name="Motto">"Độc lập - Tự do - Hạnh phúc".</param>
/// <param name="PlaceAndDate">"Khánh Hòa, ngày 15 tháng 9 năm 2025"; a draft leaves the day and month blank.</param>
/// <param name="Title">The document type as its title ("BÁO CÁO").</param>
/// <param name="Subject">The subject line (trích yếu).</param>
/// <param name="PeriodLine">The period, as report 87 prints it: "(Từ ngày 16/8/2025 đến ngày 15/9/2025)".</param>
/// <param name="Addressees">The "Kính gửi" lines as printed ("Kính gửi: …." or "Kính gửi:" and one "- …;" a line); empty when none.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentHeader(
    string ParentBody,
    string IssuingBody,
    string NumberAndSymbol,
    string NationalName,
    string Motto,
    string PlaceAndDate,
    string Title,
    string Subject,
    string PeriodLine,
    IReadOnlyList<string> Addressees)
{
    /// <summary>The "Kính gửi" lines (a read-only copy).</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [.. Addressees];

    /// <summary>The draft's mark ("DỰ THẢO") printed above the header, or <see langword="null"/> for a numbered report.</summary>
    public string? DraftMark { get; init; }

    /// <summary>
    /// The warning printed at the top and the end of a report with synthetic data, or <see langword="null"/> when every
    /// figure is real.
    /// </summary>
    public string? SyntheticBanner { get; init; }
}
