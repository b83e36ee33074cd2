using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// The closing sentence, "Nơi nhận" with Decree 30's punctuation, and the signature block.
internal static class ClosingComposer
{
    public static DocumentClosing Compose(MonthlyReport report) =>
        new(report.Closing, ReportText.Recipients, ReportText.RecipientLines(report), report.Signature);
}
