using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// The header block under Decree 30: the model's header as printed, the period in report 87's form, the draft's mark
// and the synthetic-data banner.
internal static class HeaderComposer
{
    public static DocumentHeader Compose(MonthlyReport report)
    {
        var header = report.Header;
        return new DocumentHeader(
            header.ParentBody,
            header.IssuingBody,
            header.NumberAndSymbol,
            ReportText.NationalName,
            ReportText.Motto,
            header.PlaceAndDate,
            header.Title,
            header.Subject,
            VietnameseFormat.PeriodRange(report.Period),
            ReportText.AddresseeLines(header))
        {
            DraftMark = header.IsDraft ? ReportHeader.DraftMark : null,
            SyntheticBanner = report.ContainsSyntheticData ? ReportText.SyntheticBanner : null,
        };
    }
}
