namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as an Excel workbook for analysts: the report's document (<see cref="ReportDocumentComposer"/>)
/// through <see cref="XlsxDocumentWriter"/>, its text on a first sheet and each of its tables on a sheet of its own.
/// </summary>
/// <remarks>Package dates and zip entry dates are fixed to the report's issue date, so output bytes are reproducible.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal sealed class XlsxReportRenderer : IMonthlyReportRenderer
{
    private XlsxReportRenderer()
    {
    }

    /// <summary>The renderer.</summary>
    public static XlsxReportRenderer Instance { get; } = new();

    /// <inheritdoc />
    public string Format => "xlsx";

    /// <inheritdoc />
    public string FileExtension => ".xlsx";

    /// <inheritdoc />
    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc />
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        XlsxDocumentWriter.Write(ReportDocumentComposer.Compose(report), output, OpenXmlPackaging.FixedInstant(report), package => OpenXmlPackaging.WriteCoreProperties(package, report));
    }
}
