using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Pages.Office;

/// <summary>One version as the office sees it: what the file holds, its outcome and errors, and the accept or return form.</summary>
internal sealed class SubmissionModel(GovernanceDb db, SubmissionReceiver receiver, ReviewDesk reviews, Province province, Today today) : PageModel
{
    /// <summary>The version.</summary>
    public SubmissionVersion Version { get; private set; } = null!;

    /// <summary>The file as the desk reads it.</summary>
    public SubmissionReceiver.FileReading Reading { get; private set; } = null!;

    /// <summary>Every decision on it, oldest first.</summary>
    public IReadOnlyList<SubmissionReview> Reviews { get; private set; } = [];

    /// <summary>Why a decision was refused, in Vietnamese.</summary>
    public string? Problem { get; private set; }

    /// <summary>The province.</summary>
    public Province Province => province;

    /// <summary>Formatting.</summary>
    public Today Today => today;

    /// <summary>Shows the version.</summary>
    public async Task<IActionResult> OnGetAsync(string? receipt, CancellationToken cancellationToken) =>
        await LoadAsync(receipt, cancellationToken) ? Page() : NotFound();

    /// <summary>Approves it.</summary>
    public Task<IActionResult> OnPostAcceptAsync(string? receipt, CancellationToken cancellationToken) => DecideAsync(receipt, Outcomes.Approved, null, cancellationToken);

    /// <summary>Returns it with a reason.</summary>
    public Task<IActionResult> OnPostReturnAsync(string? receipt, string? reason, CancellationToken cancellationToken) => DecideAsync(receipt, Outcomes.Returned, reason, cancellationToken);

    private async Task<IActionResult> DecideAsync(string? receipt, string decision, string? reason, CancellationToken cancellationToken)
    {
        var (_, problem, notFound) = await reviews.DecideAsync(receipt ?? string.Empty, decision, reason, User.Actor(), cancellationToken);
        if (notFound)
        {
            return NotFound();
        }

        if (problem is null)
        {
            return RedirectToPage("/Office/Submission", new { receipt });
        }

        Problem = problem;
        await LoadAsync(receipt, cancellationToken);
        HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string? receipt, CancellationToken cancellationToken)
    {
        var version = receipt is null ? null : await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Receipt == receipt, cancellationToken);
        if (version is null)
        {
            return false;
        }

        Version = version;
        Reading = receiver.Read(version.FileName, version.Content, version.ReceivedAt);
        Reviews = await db.Reviews.AsNoTracking().Where(r => r.SubmissionVersionId == version.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return true;
    }
}
