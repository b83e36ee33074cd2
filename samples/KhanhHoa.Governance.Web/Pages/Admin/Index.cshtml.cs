using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Pages.Admin;

/// <summary>The administrator's page: accounts (unit, role, lock) and the latest audit rows.</summary>
internal sealed class IndexModel(GovernanceDb db, Province province, Today today) : PageModel
{
    /// <summary>Every account.</summary>
    public IReadOnlyList<Storage.Account> Accounts { get; private set; } = [];

    /// <summary>The latest 200 audit rows.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    /// <summary>The province.</summary>
    public Province Province => province;

    /// <summary>Formatting.</summary>
    public Today Today => today;

    /// <summary>Shows the page.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Role).ThenBy(a => a.UserName).ToListAsync(cancellationToken);
        Audit = await db.Audit.AsNoTracking().OrderByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);
    }
}
