using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Drafting;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Pages.Office;

/// <summary>
/// The month's dossier export: upload (with an optional column map), a progress indicator while it is read (a script
/// polls <c>?handler=Status</c>; without it, the page's own link shows the state), and the month's uploads with their
/// outcome and errors. The last one read is what the report drafts show.
/// </summary>
internal sealed class DossiersModel(DossierRollups rollups, GovernanceDb db, Today today) : PageModel
{
    /// <summary>The month.</summary>
    public string Period { get; private set; } = string.Empty;

    /// <summary>A bad period, or a missing file, in Vietnamese.</summary>
    public string? Problem { get; private set; }

    /// <summary>The job shown, when one was started.</summary>
    public Guid? JobId { get; private set; }

    /// <summary>That job.</summary>
    public DossierJob? Job { get; private set; }

    /// <summary>The month's uploads, latest first (without their counters).</summary>
    public IReadOnlyList<DossierUpload> Uploads { get; private set; } = [];

    /// <summary>Formatting.</summary>
    public Today Today => today;

    /// <summary>The page; <paramref name="job"/> shows a running upload.</summary>
    public async Task<IActionResult> OnGetAsync(string? period, Guid? job, CancellationToken cancellationToken)
    {
        if (await LoadAsync(period, cancellationToken) && job is { } id)
        {
            JobId = id;
            Job = rollups.Find(id);
        }

        return Page();
    }

    /// <summary>Starts reading an uploaded export, then shows its progress.</summary>
    public async Task<IActionResult> OnPostAsync(string? period, IFormFile? file, IFormFile? map, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(period, cancellationToken))
        {
            return Page();
        }

        if (file is null || file.Length == 0)
        {
            Problem = "Chọn tệp xuất hồ sơ (.csv, .jsonl hoặc .xlsx) trước khi tải lên.";
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var id = rollups.Start(Period, file.FileName, await ReadAsync(file, cancellationToken), map is { Length: > 0 } ? await ReadAsync(map, cancellationToken) : null, User.Actor());
        return RedirectToPage("/Office/Dossiers", new { period = Period, job = id });
    }

    /// <summary>The state of a job, for the progress script: <c>{"done", "progress", "errors"}</c>; 404 when unknown.</summary>
    public IActionResult OnGetStatus(Guid job) => rollups.Find(job) is { } found
        ? new JsonResult(new { done = found.Done, progress = found.Progress, errors = found.Errors })
        : NotFound();

    private async Task<bool> LoadAsync(string? period, CancellationToken cancellationToken)
    {
        if (!UserInput.TryMonth(period ?? today.DefaultPeriod, out var periodId, out var problem))
        {
            Period = period ?? string.Empty;
            Problem = problem;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        Period = periodId;
        Uploads = await db.DossierUploads.AsNoTracking().Where(u => u.PeriodId == periodId).OrderByDescending(static u => u.Id)
            .Select(static u => new DossierUpload
            {
                Id = u.Id, PeriodId = u.PeriodId, FileName = u.FileName, Sha256 = u.Sha256, UploadedBy = u.UploadedBy, UploadedAt = u.UploadedAt,
                Outcome = u.Outcome, DossierCount = u.DossierCount, Errors = u.Errors, Partial = Array.Empty<byte>(),
            }).ToListAsync(cancellationToken);
        return true;
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var content = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(content, cancellationToken);
        return content;
    }
}
