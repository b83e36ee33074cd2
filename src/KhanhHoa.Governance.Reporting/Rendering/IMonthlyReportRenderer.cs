namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes a <see cref="MonthlyReport"/> in one format. Every implementation is deterministic: the same report gives
/// the same bytes, whatever the machine, its culture or the time of day.
/// </summary>
public interface IMonthlyReportRenderer
{
    /// <summary>The format's short name: <c>json</c>, <c>md</c>, <c>html</c>, <c>docx</c> or <c>xlsx</c>.</summary>
    string Format { get; }

    /// <summary>The file extension, with its dot: <c>.json</c>.</summary>
    string FileExtension { get; }

    /// <summary>The media type of the output.</summary>
    string MediaType { get; }

    /// <summary>Writes the report to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream; it is not closed.</param>
    void Render(MonthlyReport report, Stream output);
}
