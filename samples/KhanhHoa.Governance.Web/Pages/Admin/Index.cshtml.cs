using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Pages.Admin;

/// <summary>
/// The administrator's page: accounts (create a clerk or office account, reset a password, unlock, disable, enable),
/// the units of the library's data (read only) and the latest audit rows.
/// </summary>
internal sealed class IndexModel(GovernanceDb db, Province province, Today today, IClock clock, AccountAdministration administration) : PageModel
{
    /// <summary>Every account.</summary>
    public IReadOnlyList<Storage.Account> Accounts { get; private set; } = [];

    /// <summary>The latest 200 audit rows.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    /// <summary>The units of the library's data, in code order, with their kind and validity.</summary>
    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    /// <summary>The units a clerk account may be created for.</summary>
    public IReadOnlyList<string> ReportingUnits => administration.ReportingUnits;

    /// <summary>What the last action did, in Vietnamese.</summary>
    public string? Done { get; private set; }

    /// <summary>Why the last action was refused, in Vietnamese.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The province.</summary>
    public Province Province => province;

    /// <summary>Formatting.</summary>
    public Today Today => today;

    /// <summary>Shows the page.</summary>
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Creates a clerk account of a reporting unit, or an office account.</summary>
    public async Task<IActionResult> OnPostCreateAsync(string? user, string? role, string? unit, string? password, CancellationToken cancellationToken) =>
        await ShowAsync(await administration.CreateAsync(User.Actor(), user, role, unit, password, cancellationToken), $"Đã tạo tài khoản {user?.Trim().ToLowerInvariant()}.", cancellationToken);

    /// <summary>Sets a new password.</summary>
    public async Task<IActionResult> OnPostResetAsync(int id, string? password, CancellationToken cancellationToken) =>
        await ShowAsync(await administration.ResetPasswordAsync(User.Actor(), id, password, cancellationToken), "Đã đặt lại mật khẩu.", cancellationToken);

    /// <summary>Lifts a lock after too many wrong passwords.</summary>
    public async Task<IActionResult> OnPostUnlockAsync(int id, CancellationToken cancellationToken) =>
        await ShowAsync(await administration.UnlockAsync(User.Actor(), id, cancellationToken), "Đã mở khóa tài khoản.", cancellationToken);

    /// <summary>Disables an account.</summary>
    public async Task<IActionResult> OnPostDisableAsync(int id, CancellationToken cancellationToken) =>
        await ShowAsync(await administration.SetDisabledAsync(User.Actor(), id, true, cancellationToken), "Đã vô hiệu hóa tài khoản.", cancellationToken);

    /// <summary>Enables an account again.</summary>
    public async Task<IActionResult> OnPostEnableAsync(int id, CancellationToken cancellationToken) =>
        await ShowAsync(await administration.SetDisabledAsync(User.Actor(), id, false, cancellationToken), "Đã kích hoạt lại tài khoản.", cancellationToken);

    /// <summary>Whether sign-in is refused now after too many wrong passwords.</summary>
    public bool IsLocked(Storage.Account account) => account.LockedUntil is { } until && until > clock.GetCurrentInstant();

    private async Task<IActionResult> ShowAsync(string? refusal, string done, CancellationToken cancellationToken)
    {
        Refusal = refusal;
        Done = refusal is null ? done : null;
        if (refusal is not null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Role).ThenBy(a => a.UserName).ToListAsync(cancellationToken);
        Audit = await db.Audit.AsNoTracking().OrderByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);
        Units = [.. province.Data.OrgUnits.Units.OrderBy(static u => u.Code, StringComparer.Ordinal)];
    }
}
