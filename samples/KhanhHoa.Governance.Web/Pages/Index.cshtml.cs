using KhanhHoa.Governance.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages;

/// <summary>The start page sends each person to their own pages.</summary>
internal sealed class IndexModel : PageModel
{
    /// <summary>Redirects by role.</summary>
    public IActionResult OnGet() =>
        User.IsInRole(Roles.Clerk) ? Redirect("/Clerk")
        : User.IsInRole(Roles.Admin) ? Redirect("/Admin")
        : Redirect("/Office");
}
