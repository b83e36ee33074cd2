using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Pages.Office;

/// <summary>
/// The office's live status of a period: per data set who sent (on time, late by working days), who is missing, and each
/// unit's last version with its outcome and the office's decision. Every judgement is the library's.
/// </summary>
internal sealed class IndexModel(SubmissionLedger ledger, GovernanceDb db, Province province, Today today) : PageModel
{
    /// <summary>The period shown.</summary>
    public string Period { get; private set; } = string.Empty;

    /// <summary>A bad period or date typed, in Vietnamese.</summary>
    public string? Problem { get; private set; }

    /// <summary>The library's status.</summary>
    public SubmissionStatus? Status { get; private set; }

    /// <summary>Each unit's last version per data set, with the last decision on it.</summary>
    public Dictionary<(string Unit, string DataSet), (SubmissionVersion Version, SubmissionReview? Review)> Last { get; private set; } = [];

    /// <summary>The province.</summary>
    public Province Province => province;

    /// <summary>Formatting.</summary>
    public Today Today => today;

    /// <summary>Shows the status; a bad period is a 400 with the reason.</summary>
    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        if (!UserInput.TryMonth(period ?? today.DefaultPeriod, out var periodId, out var problem))
        {
            Problem = problem;
            Period = period ?? string.Empty;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Period = periodId;
        Status = await ledger.StatusAsync(periodId, today.Date, cancellationToken);
        // Grouped in the index's column order (period, data set, unit), so the index serves the grouping too.
        var lastIds = await db.Submissions.AsNoTracking().Where(s => s.PeriodId == periodId)
            .GroupBy(s => new { s.DataSetCode, s.UnitCode }).Select(g => g.Max(s => s.Id)).ToListAsync(cancellationToken);
        var versions = await db.Submissions.AsNoTracking().Where(s => lastIds.Contains(s.Id)).WithoutContent().ToListAsync(cancellationToken);
        var reviews = await ledger.LastReviewsAsync(lastIds, cancellationToken);
        Last = versions.ToDictionary(static v => (v.UnitCode, v.DataSetCode), v => (v, reviews.GetValueOrDefault(v.Id)));
        return Page();
    }
}
