namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as a Word document under Decree 30/2020/NĐ-CP: the report's document
/// (<see cref="ReportDocumentComposer"/>) through <see cref="DocxDocumentWriter"/>.
/// </summary>
/// <remarks>Package dates and zip entry dates are fixed to the report's issue date, so output bytes are reproducible.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal sealed class DocxReportRenderer : IMonthlyReportRenderer
{
    private DocxReportRenderer()
    {
    }

    /// <summary>The renderer.</summary>
    public static DocxReportRenderer Instance { get; } = new();

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string FileExtension => ".docx";

    /// <inheritdoc />
    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc />
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        DocxDocumentWriter.Write(ReportDocumentComposer.Compose(report), output, OpenXmlPackaging.FixedInstant(report), package => OpenXmlPackaging.WriteCoreProperties(package, report));
    }
}
