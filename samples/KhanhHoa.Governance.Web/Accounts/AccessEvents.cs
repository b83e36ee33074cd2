using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KhanhHoa.Governance.Web.Accounts;

/// <summary>
/// What the cookie scheme does when a page is not allowed: a person is sent to sign in; a signed-in person gets 403 and
/// an audit row (a clerk opening the office's pages or another unit's).
/// </summary>
internal static class AccessEvents
{
    /// <summary>The cookie events.</summary>
    public static CookieAuthenticationEvents Cookie() => new()
    {
        OnRedirectToAccessDenied = async context =>
        {
            await Forbidden(context.HttpContext, context.Request.Path + context.Request.QueryString);
        },
    };

    /// <summary>Answers 403 and writes the audit row.</summary>
    public static async Task Forbidden(HttpContext context, string what)
    {
        var user = context.User;
        await context.RequestServices.GetRequiredService<AuditLog>().WriteAsync(user.Actor(), AuditActions.Read, user.UnitCode(), "forbidden", what);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
