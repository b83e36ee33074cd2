using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Pages.Clerk;

/// <summary>
/// A clerk's page: the period's duties of the unit (due date, working days left or how late, as the library judges
/// them), the forms to download, the upload, and the unit's history of versions with the office's decisions.
/// </summary>
internal sealed class IndexModel(SubmissionLedger ledger, GovernanceDb db, Province province, Today today, SubmissionReceiver receiver, OverdueTasks tasks) : PageModel
{
    /// <summary>The unit's code.</summary>
    public string Unit { get; private set; } = string.Empty;

    /// <summary>The unit's name.</summary>
    public string UnitName => province.UnitName(Unit);

    /// <summary>The period shown.</summary>
    public string Period { get; private set; } = string.Empty;

    /// <summary>A bad period typed, in Vietnamese.</summary>
    public string? Problem { get; private set; }

    /// <summary>The data sets that expect a report from the unit for the period, with the library's judgement.</summary>
    public IReadOnlyList<ReportingRate> Duties { get; private set; } = [];

    /// <summary>The unit's versions, newest first, with the office's last decision on each.</summary>
    public IReadOnlyList<(SubmissionVersion Version, SubmissionReview? Review)> History { get; private set; } = [];

    /// <summary>The tasks the unit leads that are overdue today, as the library judges them from the progress in force.</summary>
    public IReadOnlyList<OverdueTask> OverdueTasks { get; private set; } = [];

    /// <summary>Errors of an upload refused before storing (no file, too large).</summary>
    public IReadOnlyList<string> UploadErrors { get; private set; } = [];

    /// <summary>The clock's formatting.</summary>
    public Today Today => today;

    /// <summary>The province.</summary>
    public Province Province => province;

    /// <summary>Shows the page; another unit's page is refused (403, audited).</summary>
    public async Task<IActionResult> OnGetAsync(string? period, string? unit, CancellationToken cancellationToken)
    {
        Unit = User.UnitCode()!;
        if (unit is not null && !string.Equals(unit, Unit, StringComparison.OrdinalIgnoreCase))
        {
            // The cookie scheme answers 403 and writes the audit row.
            return Forbid();
        }

        await LoadAsync(period, cancellationToken);
        return Page();
    }

    /// <summary>Receives an uploaded file.</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? period, CancellationToken cancellationToken)
    {
        Unit = User.UnitCode()!;
        if (file is null || file.Length == 0)
        {
            UploadErrors = ["Chọn tệp báo cáo (.xlsx, .csv hoặc .json) trước khi gửi."];
            await LoadAsync(period, cancellationToken);
            return Page();
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var result = await receiver.ReceiveAsync(User.Actor(), Unit, file.FileName, content, cancellationToken);
        if (result.Forbidden)
        {
            UploadErrors = result.Errors;
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            await LoadAsync(period, cancellationToken);
            return Page();
        }

        return RedirectToPage("/Clerk/Receipt", new { receipt = result.Version!.Receipt });
    }

    private async Task LoadAsync(string? period, CancellationToken cancellationToken)
    {
        if (!UserInput.TryMonth(period ?? today.DefaultPeriod, out var periodId, out var problem))
        {
            Problem = problem;
            periodId = today.DefaultPeriod;
        }

        Period = periodId;
        var status = await ledger.StatusAsync(periodId, today.Date, cancellationToken);
        Duties = [.. status.DataSets.Select(static s => s.Rate).Where(r => r.Expected.Contains(Unit, StringComparer.Ordinal))];
        var versions = await db.Submissions.AsNoTracking().Where(s => s.UnitCode == Unit).OrderByDescending(s => s.Id).Take(50).WithoutContent().ToListAsync(cancellationToken);
        var reviews = await ledger.LastReviewsAsync([.. versions.Select(static v => v.Id)], cancellationToken);
        History = [.. versions.Select(v => (v, reviews.GetValueOrDefault(v.Id)))];
        OverdueTasks = [.. (await tasks.OnAsync(today.Date, cancellationToken)).Where(o => o.Unit == Unit)];
    }
}
