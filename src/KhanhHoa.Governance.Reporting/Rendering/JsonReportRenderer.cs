using System.Text.Encodings.Web;
using System.Text.Json;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;
using NodaTime.Text;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as JSON (UTF-8, no byte-order mark, two-space indentation, <c>\n</c> line ends), the contract
/// hosts read; the schema is <c>schemas/monthly-report.schema.json</c>. The top level carries the rollup contract:
/// <c>period</c> {<c>id</c>, <c>start</c>, <c>end</c>} and <c>units[]</c> {<c>code</c>, <c>parent</c>, <c>measures</c>}.
/// Dates are ISO (<c>2025-09-15</c>), months <c>2025-09</c>, numbers plain JSON numbers, enum values camelCase
/// strings, and every figure carries its <c>provenance</c>.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal sealed class JsonReportRenderer : IMonthlyReportRenderer
{
    /// <summary>
    /// The version of the JSON contract this renderer writes (<c>schemaVersion</c>): 5 since the report carries its
    /// document (<c>document</c>: the header, body, closing, annexes and footnotes every format prints, numbered and
    /// worded, <see cref="ReportDocumentComposer"/>); every field of 4 is unchanged. 4 since the report says what it is
    /// for (<c>purpose</c>: <c>signable</c> or <c>review</c>, <see cref="ReportPurpose"/>); 3 since the report says how it
    /// was made (<c>generation</c>: library, version, as-of date and a SHA-256 of each input), groups carry their
    /// <c>section</c> and the units' reported <c>figures</c>, section II's <c>difficulties</c> came in, indicator rows
    /// name their <c>definitionSource</c>, units their <c>name</c>, and derived priorities are tasks due in the next
    /// period (<c>taskDueNextPeriod</c>), never overdue ones; <c>period</c> and the units' <c>code</c>, <c>parent</c>
    /// and <c>measures</c> are unchanged.
    /// </summary>
    public const int SchemaVersion = 5;

    // The package's version without the source revision SourceLink appends, so the same release writes the same bytes.
    private static readonly string LibraryVersion =
        (typeof(JsonReportRenderer).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    // Vietnamese text stays readable (no \uXXXX escapes). The output is a data file, never inlined into HTML.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private JsonReportRenderer()
    {
    }

    /// <summary>The renderer.</summary>
    public static JsonReportRenderer Instance { get; } = new();

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public string MediaType => "application/json";

    /// <inheritdoc />
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        JsonSerializer.Serialize(output, ToDocument(report), Context.ReportJsonDocument);
        output.WriteByte((byte)'\n');
    }

    /// <summary>The report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    public static string ToJson(MonthlyReport report) => System.Text.Encoding.UTF8.GetString(Instance.RenderToBytes(report));

    private static ReportJsonDocument ToDocument(MonthlyReport report)
    {
        var header = report.Header;
        return new ReportJsonDocument(
            SchemaVersion,
            Name(report.Purpose),
            new GenerationJson("KhanhHoa.Governance.Reporting", LibraryVersion, Date(report.AsOf), [.. report.Inputs.Select(input => new InputJson(input.Name, input.Sha256))]),
            new PeriodJson(report.Period.Id, Date(report.Period.Start), Date(report.Period.End), report.Period.Cutoff.ToString()),
            Date(report.AsOf),
            report.ContainsSyntheticData,
            new HeaderJson(
                header.ParentBody,
                header.IssuingBody,
                header.Number,
                header.Symbol,
                header.NumberAndSymbol,
                header.Place,
                Date(header.IssueDate),
                header.PlaceAndDate,
                header.Title,
                header.Subject,
                header.Addressees),
            [.. report.Units.Select(unit => new UnitJson(unit.Code, unit.ParentCode, unit.Unit.Name, RollupIndicators.ToDictionary(unit.Measures), Name(report.UnitsProvenance)))],
            [.. report.IndicatorGroups.Select(group => new GroupJson(group.Code, group.Title, group.Section, [.. group.Rows.Select(Indicator)], [.. group.Figures.Select(Figure)]))],
            new TasksJson(
                Name(report.Tasks.Provenance),
                Counts(report.Tasks.Total),
                [.. report.Tasks.ByPlan.Select(summary => new TaskSummaryJson(summary.Name, Counts(summary.Counts)))],
                [.. report.Tasks.ByAgency.Select(summary => new TaskSummaryJson(summary.Name, Counts(summary.Counts)))],
                [.. report.Tasks.Overdue.Select(task => new OverdueJson(task.Id, task.Plan, task.Title, task.LeadAgency, Date(task.Deadline), task.WorkingDaysLate, Name(task.Provenance)))],
                [.. report.Tasks.DueSoon.Select(task => new UpcomingJson(task.Id, task.Plan, task.Title, task.LeadAgency, Date(task.Deadline), Name(task.Provenance)))]),
            [.. report.Difficulties.Select(d => new DifficultyJson(d.Topic, d.Text, d.AddressedTo, d.RaisedBy, Name(d.Provenance), d.CarriedOver ? true : null))],
            [.. report.Violations.Select(violation => new ViolationJson(
                violation.RuleCode,
                violation.Description,
                violation.DescriptionEn,
                violation.Citation,
                violation.UnitCode,
                violation.UnitName,
                [.. violation.Figures.Select(figure => new FigureJson(figure.Name, figure.Value))],
                Name(violation.Provenance)))],
            new CompletenessJson(
                Name(report.Completeness.Provenance),
                report.Completeness.Expected,
                report.Completeness.ReportedCount,
                [.. report.Completeness.Units.Select(unit => new SubmissionJson(unit.Code, unit.Name, unit.Reported, OptionalDate(unit.ReceivedOn)))]),
            [.. report.Priorities.Select(item => new PriorityJson(item.Responsible, item.Text, OptionalDate(item.DueBy), Name(item.Source), item.Reference))],
            report.Closing,
            [.. report.Recipients.Select(recipient => new RecipientJson(recipient.Name, recipient.Purpose))],
            new SignatureJson(report.Signature.Authority, report.Signature.Position, report.Signature.SecondaryTitle, report.Signature.SignerName),
            report.Indexes.Count == 0 ? null : [.. report.Indexes.Select(index => new IndexJson(index.Code, index.Name, index.Score?.Total, index.Score?.MaxTotal, index.Missing, Name(index.Provenance)))],
            JsonDocumentWriter.Of(ReportDocumentComposer.Compose(report)),
            report.UnitTexts.Count == 0 ? null : [.. report.UnitTexts.Select(text => new UnitTextJson(text.Section, text.Unit, text.Text, Name(text.Provenance)))]);
    }

    private static IndicatorJson Indicator(IndicatorRow row) => new(
        row.Code,
        row.Group,
        row.Name,
        row.Unit,
        row.Value,
        row.Numerator,
        row.Denominator,
        row.Target is { } target
            ? new TargetJson(Name(target.Comparator), target.Value, target.Text, OptionalDate(target.Deadline), target.Projection)
            : null,
        row.Gap,
        Name(row.Status),
        row.PreviousValue,
        row.MonthOnMonthChange,
        [.. row.Trend.Select(point => new TrendPointJson(YearMonthPattern.Iso.Format(point.Month), point.Value))],
        row.DefinitionSource,
        Name(row.Provenance));

    private static FigureRowJson Figure(FigureRow row) => new(
        row.Code,
        row.Name,
        row.Value,
        row.Unit,
        row.Cumulative,
        [.. row.Parts.Select(part => new FigurePartJson(part.Code, part.Name, part.Value))],
        row.ReportedBy,
        Name(row.Provenance));

    private static CountsJson Counts(TaskCounts counts) => new(
        counts.CompletedOnTime,
        counts.CompletedLate,
        counts.OpenWithinDeadline,
        counts.OpenOverdue,
        counts.Continuous,
        counts.DueSoon,
        counts.Total,
        counts.CameDue,
        counts.OnTimeRate);

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string? OptionalDate(LocalDate? date) => date is { } value ? Date(value) : null;

    internal static string Name(Provenance provenance) => provenance switch
    {
        Provenance.Computed => "computed",
        Provenance.Reported => "reported",
        _ => "synthetic",
    };

    // The core's target status; a row without a target is only monitored.
    internal static string Name(TargetStatus? status) => status switch
    {
        null => "noTarget",
        TargetStatus.Achieved => "achieved",
        TargetStatus.OnTrack => "onTrack",
        TargetStatus.AtRisk => "atRisk",
        TargetStatus.NotYetDue => "notYetDue",
        TargetStatus.Missed => "missed",
        _ => "noData",
    };

    private static string Name(TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => "atLeast",
        TargetComparator.GreaterThan => "greaterThan",
        TargetComparator.AtMost => "atMost",
        TargetComparator.LessThan => "lessThan",
        TargetComparator.EqualTo => "equalTo",
        _ => "between",
    };

    private static string Name(ReportPurpose purpose) => purpose == ReportPurpose.Signable ? "signable" : "review";

    private static string Name(PrioritySource source) => source switch
    {
        PrioritySource.Manual => "manual",
        PrioritySource.TaskDueNextPeriod => "taskDueNextPeriod",
        _ => "targetNotMet",
    };
}
