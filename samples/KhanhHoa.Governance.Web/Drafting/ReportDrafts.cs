using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;

namespace KhanhHoa.Governance.Web.Drafting;

/// <summary>
/// The monthly report of what the database holds, as a draft (no number, no date: <see cref="ReportHeader.DraftMark"/>):
/// the library's <see cref="MonthlyReportSources.Of"/> over the versions that count and the month's dossier rollup,
/// composed by the library, rendered by its Word, Excel and HTML renderers. Nothing of the console host's demo data.
/// </summary>
internal sealed class ReportDrafts(SubmissionLedger ledger, Province province, BusinessCalendar calendar, ReportLetterhead letterhead, Today today)
{
    /// <summary>The formats a draft is downloaded in.</summary>
    public static IReadOnlyList<IMonthlyReportRenderer> Renderers { get; } =
        [.. MonthlyReportRenderers.All.Where(static r => r.Format is "docx" or "xlsx" or "html")];

    /// <summary>
    /// The draft of <paramref name="periodId"/> (<c>YYYY-MM</c>, already checked); without a dossier rollup of the month
    /// the report has no dossier indicator and says why in its priorities, rather than print zeros.
    /// </summary>
    public async Task<InputResult<MonthlyReport>> ComposeAsync(string periodId, CancellationToken cancellationToken)
    {
        if (!ReportingPeriod.TryParse(periodId, CutoffRule.Administrative, out var period))
        {
            throw new ArgumentException($"'{periodId}' is not a checked month.", nameof(periodId));
        }

        var current = await ledger.CurrentAsync(periodId, cancellationToken).ConfigureAwait(false);
        var submitted = current.Select(static c => new SubmittedReport(c.Submission, Provenance.Reported)).ToList();
        // Every month is rolled up on the organisation of today (or of the period's end, when later): the units that
        // send, and the province the report is about.
        var onto = LocalDate.Max(today.Date, period.End);
        var rollup = EmptyRollup(period, onto);
        var root = rollup.Units.Single(unit => unit.ParentCode is null && unit.Unit.IsValidOn(onto)).Code;
        var sources = MonthlyReportSources.Of(period, [rollup], root, province.Data, province.Desk, letterhead, calendar, submitted) with
        {
            IndicatorSections = [],
            Priorities = [new PriorityItem(Office, NoDossiers, DueBy: null, PrioritySource.Manual)],
        };
        return MonthlyReportComposer.Compose(sources);
    }

    /// <summary>Who completes a draft.</summary>
    public const string Office = "Cơ quan thường trực";

    /// <summary>What a draft without the month's dossier export says in place of the dossier indicators.</summary>
    public const string NoDossiers = "Chưa có số liệu hồ sơ thủ tục hành chính của kỳ (chưa tải lên tệp xuất hồ sơ): dự thảo chưa tổng hợp các chỉ tiêu về hồ sơ; đề nghị bổ sung trước khi trình ký.";

    // The organisation with no dossier.
    private PeriodRollup EmptyRollup(ReportingPeriod period, LocalDate onto)
    {
        var units = province.Data.OrgUnits;
        var engine = RollupEngine.Create(units.Units, [period], new RollupRebase(onto, units.Successions)).GetValueOrThrow();
        return engine.Complete(engine.EmptyPartial()).GetValueOrThrow().Periods[0];
    }
}
