using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages.Account;

/// <summary>Signs out (a form post, with its anti-forgery token).</summary>
internal sealed class LogoutModel : PageModel
{
    /// <summary>Nothing to show: back to sign-in.</summary>
    public IActionResult OnGet() => RedirectToPage("/Account/Login");

    /// <summary>Signs out.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Account/Login");
    }
}
