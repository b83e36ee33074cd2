using System.Security.Claims;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KhanhHoa.Governance.Web.Accounts;

/// <summary>
/// Checks names and passwords (ASP.NET Core Identity's hasher), counts wrong passwords and locks an account after
/// <see cref="WebOptions.MaxFailedSignIns"/> of them; every attempt goes to the audit table.
/// </summary>
internal sealed class AccountService(GovernanceDb db, AuditLog audit, IClock clock, IPasswordHasher<Account> hasher, IOptions<WebOptions> options)
{
    // One message for an unknown name and a wrong password, so the page does not tell which names exist.
    private const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

    /// <summary>Checks <paramref name="userName"/> and <paramref name="password"/> for the authentication scheme <paramref name="scheme"/>.</summary>
    public async Task<SignInOutcome> CheckAsync(string userName, string password, string scheme, CancellationToken cancellationToken)
    {
        var name = userName.Trim().ToLowerInvariant();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.UserName == name, cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        if (account is null)
        {
            await audit.WriteAsync(name, AuditActions.Login, null, "refused", "unknown account", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(null, WrongCredentials);
        }

        if (account.Disabled)
        {
            await audit.WriteAsync(name, AuditActions.Login, account.UnitCode, "disabled", "account disabled", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(null, "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.");
        }

        if (account.LockedUntil is { } until && until > now)
        {
            await audit.WriteAsync(name, AuditActions.Login, account.UnitCode, "locked", "account locked", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(null, "Tài khoản đang bị tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau hoặc liên hệ quản trị viên.");
        }

        if (hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            account.FailedSignIns++;
            var locked = account.FailedSignIns >= options.Value.MaxFailedSignIns;
            if (locked)
            {
                account.LockedUntil = now + Duration.FromTimeSpan(options.Value.Lockout);
                account.FailedSignIns = 0;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await audit.WriteAsync(name, AuditActions.Login, account.UnitCode, locked ? "locked" : "refused", "wrong password", cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(null, WrongCredentials);
        }

        account.FailedSignIns = 0;
        account.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(name, AuditActions.Login, account.UnitCode, "ok", scheme, cancellationToken).ConfigureAwait(false);
        return new SignInOutcome(Principal(account, scheme), null);
    }

    private static ClaimsPrincipal Principal(Account account, string scheme)
    {
        List<Claim> claims = [new(ClaimTypes.Name, account.UserName), new(ClaimTypes.Role, account.Role)];
        if (account.UnitCode is { } unit)
        {
            claims.Add(new Claim(Roles.UnitClaim, unit));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
