using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Pages.Clerk;

/// <summary>The receipt of one version: number, server time, hash, outcome, every error, the office's decision.</summary>
internal sealed class ReceiptModel(GovernanceDb db, SubmissionLedger ledger, Today today, Province province) : PageModel
{
    /// <summary>The version.</summary>
    public SubmissionVersion Version { get; private set; } = null!;

    /// <summary>The office's last decision.</summary>
    public SubmissionReview? Review { get; private set; }

    /// <summary>Formatting.</summary>
    public Today Today => today;

    /// <summary>The province.</summary>
    public Province Province => province;

    /// <summary>Shows the receipt; another unit's is refused (403, audited).</summary>
    public async Task<IActionResult> OnGetAsync(string? receipt, CancellationToken cancellationToken)
    {
        var version = receipt is null ? null : await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Receipt == receipt, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        if (version.UnitCode != User.UnitCode())
        {
            return Forbid();
        }

        Version = version;
        Review = (await ledger.LastReviewsAsync([version.Id], cancellationToken)).GetValueOrDefault(version.Id);
        return Page();
    }
}
