using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Drafting;

/// <summary>
/// The monthly report of what the database holds, as a draft (no number, no date: <see cref="ReportHeader.DraftMark"/>):
/// the library's <see cref="MonthlyReportSources.Of"/> over the versions that count and the month's dossier rollup,
/// composed by the library, rendered by its Word, Excel and HTML renderers. Nothing of the console host's demo data:
/// the dossier indicators come from the month's last dossier export read (<see cref="DossierRollups"/>), or are left out.
/// </summary>
internal sealed class ReportDrafts(SubmissionLedger ledger, GovernanceDb db, Province province, BusinessCalendar calendar, ReportLetterhead letterhead, Today today)
{
    /// <summary>The formats a draft is downloaded in.</summary>
    public static IReadOnlyList<IMonthlyReportRenderer> Renderers { get; } =
        [.. MonthlyReportRenderers.All.Where(static r => r.Format is "docx" or "xlsx" or "html")];

    /// <summary>
    /// The draft of <paramref name="periodId"/> (<c>YYYY-MM</c>, already checked); without a dossier rollup of the month
    /// the report has no dossier indicator and, in the review, says why in its priorities, rather than print zeros. The
    /// <paramref name="purpose"/> is the office's review copy or the copy for signature (<see cref="ReportPurpose"/>).
    /// </summary>
    public async Task<InputResult<MonthlyReport>> ComposeAsync(string periodId, ReportPurpose purpose, CancellationToken cancellationToken)
    {
        var period = MonthRollup.Period(periodId);
        var current = await ledger.CurrentAsync(periodId, cancellationToken).ConfigureAwait(false);
        var submitted = current.Select(static c => new SubmittedReport(c.Submission, Provenance.Reported)).ToList();
        var upload = await db.DossierUploads.AsNoTracking().Where(u => u.PeriodId == periodId && u.Outcome == Outcomes.Accepted)
            .OrderByDescending(static u => u.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var partial = upload is null ? null : RollupPartialBinary.Read(upload.Partial).GetValueOrThrow();
        var engine = partial is null ? MonthRollup.Engine(province, period, today.Date) : MonthRollup.EngineOf(partial);
        var rollup = engine.Complete(partial ?? engine.EmptyPartial()).GetValueOrThrow().Periods[0];
        var sources = MonthlyReportSources.Of(period, [rollup], MonthRollup.Root(engine, rollup), province.Data, province.Desk, letterhead, calendar, submitted);
        // The note to the office on the missing dossier export is for review; the signable copy leaves the place to fill.
        // Section I keeps report 87's groups, where the units' figures and texts go, without the dossiers' indicators.
        sources = upload is null
            ? sources with { IndicatorSections = [.. ReportIndicatorSection.Project06Layout(province.Data.Indicators).Select(static g => g with { IndicatorCodes = [] })], Priorities = purpose == ReportPurpose.Review ? [new PriorityItem(Office, NoDossiers, DueBy: null, PrioritySource.Manual)] : [] }
            : sources with { Inputs = [new ReportInput(upload.FileName, upload.Sha256)] };
        return MonthlyReportComposer.Compose(sources with { Purpose = purpose });
    }

    /// <summary>Who completes a draft.</summary>
    public const string Office = "Cơ quan thường trực";

    /// <summary>What a draft without the month's dossier export says in place of the dossier indicators.</summary>
    public const string NoDossiers = "Chưa có số liệu hồ sơ thủ tục hành chính của kỳ (chưa tải lên tệp xuất hồ sơ): dự thảo chưa tổng hợp các chỉ tiêu về hồ sơ; đề nghị bổ sung trước khi trình ký.";
}
