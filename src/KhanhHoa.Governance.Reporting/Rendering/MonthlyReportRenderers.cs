namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// The five renderers of the monthly report, each an <see cref="IMonthlyReportRenderer"/> (its format, file extension and
/// media type), and a helper that renders to bytes. The formats themselves are described in docs/report.md.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class MonthlyReportRenderers
{
    /// <summary>The JSON contract (schemas/monthly-report.schema.json, schema version 5), UTF-8 without a byte order mark.</summary>
    public static IMonthlyReportRenderer Json => JsonReportRenderer.Instance;

    /// <summary>Markdown: the report as text, for a wiki or a message.</summary>
    public static IMonthlyReportRenderer Markdown => MarkdownReportRenderer.Instance;

    /// <summary>One self-contained HTML page with inline SVG charts, for a browser or print.</summary>
    public static IMonthlyReportRenderer Html => HtmlReportRenderer.Instance;

    /// <summary>Word (.docx) in Decree 30's layout, the document an official signs.</summary>
    public static IMonthlyReportRenderer Docx => DocxReportRenderer.Instance;

    /// <summary>Excel (.xlsx): the report's tables, one sheet each.</summary>
    public static IMonthlyReportRenderer Xlsx => XlsxReportRenderer.Instance;

    /// <summary>JSON, Markdown, HTML, Word and Excel, in that order.</summary>
    public static IReadOnlyList<IMonthlyReportRenderer> All { get; } = [Json, Markdown, Html, Docx, Xlsx];

    /// <summary>Renders a report into a byte array.</summary>
    /// <param name="renderer">The renderer.</param>
    /// <param name="report">The report.</param>
    /// <returns>The rendered bytes.</returns>
    public static byte[] RenderToBytes(this IMonthlyReportRenderer renderer, MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        using var buffer = new MemoryStream();
        renderer.Render(report, buffer);
        return buffer.ToArray();
    }
}
