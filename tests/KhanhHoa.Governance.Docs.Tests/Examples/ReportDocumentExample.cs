#region usings
using System.Text;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Reporting.Documents;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>docs/report.md: the report document, written out by a host's own writer (a console summary).</summary>
public sealed class ReportDocumentExample
{
    [Fact]
    public void A_host_writes_the_report_document_its_own_way()
    {
        MonthlyReport report = ReportCompositionExample.September();

        #region example
        ReportDocument document = ReportDocumentComposer.Compose(report);   // numbered, worded, cut to its purpose

        // A console summary is one more writer: the parts and numbered items, and the size of each table.
        var summary = new StringBuilder();
        foreach (var block in document.Body)
        {
            switch (block)
            {
                case DocumentHeading { Level: <= 2 } heading:
                    summary.AppendLine(new string(' ', 2 * (heading.Level - 1)) + heading.Printed);
                    break;
                case DocumentTable table:
                    summary.AppendLine($"    ({table.Rows.Count} dòng: {string.Join(", ", table.Columns.Select(c => c.Header))})");
                    break;
            }
        }

        foreach (var annex in document.Annexes)
        {
            summary.AppendLine(annex.Heading);
        }
        #endregion

        var text = summary.ToString();
        Assert.StartsWith("I. KẾT QUẢ CÁC MẶT CÔNG TÁC", text, StringComparison.Ordinal);
        Assert.Contains("II. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT", text, StringComparison.Ordinal);
        Assert.Contains("  4. Về Dịch vụ công (DVC)", text, StringComparison.Ordinal);
        Assert.Contains("Phụ lục II: SỐ LIỆU HỒ SƠ TỔNG HỢP THEO ĐƠN VỊ", text, StringComparison.Ordinal);
    }
}
