using System.Text.RegularExpressions;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Accounts;

/// <summary>
/// What an administrator does to accounts: create a clerk of a reporting unit or an office account, reset a password,
/// unlock, disable and enable. Passwords are hashed with the host's hasher; each action, done or refused, is an audit row.
/// A refusal is returned in Vietnamese for the page; nothing is saved then.
/// </summary>
internal sealed partial class AccountAdministration(GovernanceDb db, AuditLog audit, IPasswordHasher<Account> hasher, Province province, Today today)
{
    /// <summary>The shortest password an administrator may set.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>The units a clerk account may be created for: those the library expects a report from today.</summary>
    public IReadOnlyList<string> ReportingUnits => DatabaseSetup.ReportingUnits(province, today.Date);

    /// <summary>Why <paramref name="password"/> may not be set for <paramref name="userName"/>, or <see langword="null"/>.</summary>
    public static string? PasswordProblem(string userName, string? password) =>
        password is null || password.Length < MinPasswordLength ? $"Mật khẩu phải có ít nhất {MinPasswordLength} ký tự."
        : !password.Any(char.IsLetter) || !password.Any(char.IsDigit) ? "Mật khẩu phải có cả chữ và số."
        : password.Contains(userName, StringComparison.OrdinalIgnoreCase) ? "Mật khẩu không được chứa tên đăng nhập."
        : null;

    /// <summary>Creates an account: a clerk of <paramref name="unitCode"/>, or an office account (no unit).</summary>
    public async Task<string?> CreateAsync(string actor, string? userName, string? role, string? unitCode, string? password, CancellationToken cancellationToken)
    {
        var name = userName?.Trim().ToLowerInvariant() ?? string.Empty;
        var unit = role == Roles.Clerk ? unitCode?.Trim() : null;
        var problem = !UserNamePattern().IsMatch(name) ? "Tên đăng nhập gồm 3 đến 64 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang."
            : role is not (Roles.Clerk or Roles.Office) ? "Chọn vai trò: cán bộ đơn vị hoặc văn phòng thường trực."
            : role == Roles.Clerk && (unit is null || !ReportingUnits.Contains(unit, StringComparer.Ordinal)) ? $"Đơn vị '{unitCode}' không thuộc danh sách đơn vị báo cáo."
            : await db.Accounts.AnyAsync(a => a.UserName == name, cancellationToken).ConfigureAwait(false) ? $"Tên đăng nhập '{name}' đã có."
            : PasswordProblem(name, password);
        if (problem is null)
        {
            var account = new Account { UserName = name, Role = role!, UnitCode = unit, PasswordHash = string.Empty };
            account.PasswordHash = hasher.HashPassword(account, password!);
            db.Accounts.Add(account);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await audit.WriteAsync(actor, AuditActions.Account, unit, problem is null ? "ok" : "refused", $"create {name} ({role})", cancellationToken).ConfigureAwait(false);
        return problem;
    }

    /// <summary>Sets a new password of account <paramref name="id"/> and clears its wrong-password count and lock.</summary>
    public Task<string?> ResetPasswordAsync(string actor, int id, string? password, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, "reset password", account => PasswordProblem(account.UserName, password) ?? Apply(account, a =>
        {
            a.PasswordHash = hasher.HashPassword(a, password!);
            a.FailedSignIns = 0;
            a.LockedUntil = null;
        }), cancellationToken);

    /// <summary>Lifts the lock of account <paramref name="id"/> after too many wrong passwords.</summary>
    public Task<string?> UnlockAsync(string actor, int id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, "unlock", account => Apply(account, static a =>
        {
            a.FailedSignIns = 0;
            a.LockedUntil = null;
        }), cancellationToken);

    /// <summary>Disables or enables account <paramref name="id"/>; an administrator cannot disable their own account.</summary>
    public Task<string?> SetDisabledAsync(string actor, int id, bool disabled, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, disabled ? "disable" : "enable", account => disabled && account.UserName == actor
            ? "Không thể vô hiệu hóa tài khoản đang đăng nhập."
            : Apply(account, a => a.Disabled = disabled), cancellationToken);

    private static string? Apply(Account account, Action<Account> change)
    {
        change(account);
        return null;
    }

    // Finds the account, applies the change (or its refusal), saves, and writes the audit row either way.
    private async Task<string?> ChangeAsync(string actor, int id, string what, Func<Account, string?> change, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        var problem = account is null ? "Không tìm thấy tài khoản." : change(account);
        if (problem is null)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await audit.WriteAsync(actor, AuditActions.Account, account?.UnitCode, problem is null ? "ok" : "refused", $"{what} {account?.UserName ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture)}", cancellationToken).ConfigureAwait(false);
        return problem;
    }

    [GeneratedRegex("^[a-z0-9._-]{3,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}
