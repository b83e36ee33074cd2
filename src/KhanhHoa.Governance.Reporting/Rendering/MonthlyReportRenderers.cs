namespace KhanhHoa.Governance.Reporting;

/// <summary>The five renderers and a helper that renders to bytes.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class MonthlyReportRenderers
{
    /// <summary>JSON, Markdown, HTML, Word and Excel, in that order.</summary>
    public static IReadOnlyList<IMonthlyReportRenderer> All { get; } =
    [
        JsonReportRenderer.Instance,
        MarkdownReportRenderer.Instance,
        HtmlReportRenderer.Instance,
        DocxReportRenderer.Instance,
        XlsxReportRenderer.Instance,
    ];

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
