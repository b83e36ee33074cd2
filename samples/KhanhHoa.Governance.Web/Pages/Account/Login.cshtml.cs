using KhanhHoa.Governance.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages.Account;

/// <summary>Sign-in with a name and password; five wrong passwords lock the account for a while.</summary>
internal sealed class LoginModel(AccountService accounts) : PageModel
{
    /// <summary>The name typed, shown again after a refusal.</summary>
    public new string? User { get; private set; }

    /// <summary>Why sign-in was refused, in Vietnamese.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Where to go after signing in (a local path only).</summary>
    public string? ReturnUrl { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    /// <summary>Checks the name and password and signs in.</summary>
    public async Task<IActionResult> OnPostAsync(string? user, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        User = user;
        ReturnUrl = returnUrl;
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password))
        {
            Refusal = "Nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        var outcome = await accounts.CheckAsync(user, password, CookieAuthenticationDefaults.AuthenticationScheme, cancellationToken);
        if (outcome.Principal is null)
        {
            Refusal = outcome.Refusal;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
