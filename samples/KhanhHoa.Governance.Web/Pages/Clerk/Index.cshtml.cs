using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KhanhHoa.Governance.Web.Pages.Clerk;

/// <summary>
/// A clerk's page: the period's duties of the unit (due date, working days left or how late, as the library judges
/// them), the forms to download, the upload, and the unit's history of versions with the office's decisions.
/// </summary>
// The upload's anti-forgery token is checked by hand as its field arrives, before the file: the automatic check reads
// (and so buffers) the whole form first.
[IgnoreAntiforgeryToken]
internal sealed class IndexModel(
    SubmissionLedger ledger, GovernanceDb db, Province province, Today today, SubmissionReceiver receiver, OverdueTasks tasks,
    IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, IOptions<WebOptions> options) : PageModel
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

    /// <summary>Receives an uploaded file, read as it arrives (no parameters: binding one would read the whole form first).</summary>
    public async Task<IActionResult> OnPostUploadAsync()
    {
        Unit = User.UnitCode()!;
        var cancellationToken = HttpContext.RequestAborted;
        var upload = await UploadReader.ReadAsync(Request, options.Value.MaxUploadBytes, ValidateAntiforgeryAsync, cancellationToken);
        var period = upload.Fields.GetValueOrDefault("period");
        if (upload.Problem == Refused)
        {
            return BadRequest();
        }

        if (upload.Content is not { } content)
        {
            // No file chosen is the form shown again with the hint; a file too large or cut is its status with the reason.
            UploadErrors = [upload.Problem == UploadReader.Missing ? "Chọn tệp báo cáo (.xlsx, .csv hoặc .json) trước khi gửi." : upload.Problem!];
            HttpContext.Response.StatusCode = upload.Problem == UploadReader.Missing ? StatusCodes.Status200OK : upload.Status;
            await LoadAsync(period, cancellationToken);
            return Page();
        }

        var result = await receiver.ReceiveAsync(User.Actor(), Unit, upload.FileName!, content, cancellationToken);
        if (result.Forbidden)
        {
            UploadErrors = result.Errors;
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            await LoadAsync(period, cancellationToken);
            return Page();
        }

        return RedirectToPage("/Clerk/Receipt", new { receipt = result.Version!.Receipt });
    }

    // The page sends its token before the file; the antiforgery service reads it from its header then, not from the form.
    private async Task<string?> ValidateAntiforgeryAsync(IReadOnlyDictionary<string, string> fields)
    {
        var header = antiforgeryOptions.Value.HeaderName;
        if (header is null || !fields.TryGetValue(antiforgeryOptions.Value.FormFieldName, out var token))
        {
            return Refused;
        }

        Request.Headers[header] = token;
        return await antiforgery.IsRequestValidAsync(HttpContext) ? null : Refused;
    }

    private const string Refused = "anti-forgery token missing or invalid";

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
