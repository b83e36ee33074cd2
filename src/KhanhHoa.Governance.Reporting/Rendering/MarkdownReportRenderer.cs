using System.Text;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as CommonMark with GitHub tables (UTF-8, no byte-order mark, <c>\n</c> line ends): the report's
/// document (<see cref="ReportDocumentComposer"/>) through <see cref="MarkdownDocumentWriter"/>.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal sealed class MarkdownReportRenderer : IMonthlyReportRenderer
{
    private MarkdownReportRenderer()
    {
    }

    /// <summary>The renderer.</summary>
    public static MarkdownReportRenderer Instance { get; } = new();

    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public string MediaType => "text/markdown";

    /// <inheritdoc />
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(ToMarkdown(report));
        output.Write(bytes);
    }

    /// <summary>The report as Markdown text: its document (<see cref="ReportDocumentComposer"/>) written out.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown, ending with a line break.</returns>
    public static string ToMarkdown(MonthlyReport report) => MarkdownDocumentWriter.Write(ReportDocumentComposer.Compose(report));
}
