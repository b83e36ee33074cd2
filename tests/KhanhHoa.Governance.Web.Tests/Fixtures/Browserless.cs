using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KhanhHoa.Governance.Web.Tests.Fixtures;

/// <summary>A person at the pages without a browser: a client that keeps cookies, follows no redirect, and posts forms with their anti-forgery token.</summary>
internal static partial class Browserless
{
    /// <summary>A new client with its own cookies.</summary>
    public static HttpClient Client(ServiceFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the form; returns the response to the post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password = ServiceFactory.Password)
    {
        var token = await TokenAsync(client, "/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = user, ["password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Signs in five times with a wrong password, each answered with the form again: the account is then locked.</summary>
    public static async Task LockOutAsync(HttpClient client, string user)
    {
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await SignInAsync(client, user, "sai-mat-khau");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
    }

    /// <summary>The anti-forgery token of the form on <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        return AntiForgeryToken(await client.GetStringAsync(path));
    }

    /// <summary>The anti-forgery token of the form in <paramref name="html"/>.</summary>
    public static string AntiForgeryToken(string html) => WebUtility.HtmlDecode(AntiForgery().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
