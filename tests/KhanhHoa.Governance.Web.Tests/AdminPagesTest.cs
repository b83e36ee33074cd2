using System.Net;
using KhanhHoa.Governance.Web.Storage;
using KhanhHoa.Governance.Web.Tests.Fixtures;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>The administrator's page: accounts created, passwords reset, locks lifted, accounts disabled; nobody else may use it.</summary>
[Collection(SqliteCollection.Name)]
public sealed class AdminPagesTest(SqliteService service)
{
    private const string NewPassword = "DoiMatKhau2025";

    private ServiceFactory Factory => service.Factory;

    [Fact]
    public async Task A_clerk_the_admin_creates_signs_in_and_sends_for_that_unit_only()
    {
        var (unit, other) = (service.Units[40], service.Units[41]);
        using var admin = await AdminAsync();
        using var created = await PostAsync(admin, "Create", ("user", "Van_Thu_40"), ("role", "clerk"), ("unit", unit), ("password", NewPassword));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("Đã tạo tài khoản van_thu_40", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Actor == "admin" && a.Action == AuditActions.Account && a.Result == "ok" && a.Detail == "create van_thu_40 (clerk)")));

        using var api = Factory.CreateClient();
        var token = await Sending.TokenAsync(api, "van_thu_40", NewPassword);
        using var own = await Sending.SendAsync(api, token, "bao-cao.json", Sending.Json(unit, "2025-09", RunningService.Start));
        using var others = await Sending.SendAsync(api, token, "bao-cao.json", Sending.Json(other, "2025-09", RunningService.Start));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal("van_thu_40", Factory.Query(db => db.Submissions.Single(s => s.UnitCode == unit && s.PeriodId == "2025-09")).SentBy);

        using var clerk = Browserless.Client(Factory);
        using var signedIn = await Browserless.SignInAsync(clerk, "van_thu_40", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var otherPage = await clerk.GetAsync("/Clerk?unit=" + other);
        Assert.Equal(HttpStatusCode.Forbidden, otherPage.StatusCode);
    }

    [Theory]
    [InlineData("ngan", "clerk", "Abc12345", "ít nhất 10 ký tự")]
    [InlineData("khong_so", "office", "MatKhauKhongSo", "cả chữ và số")]
    [InlineData("ten_trong", "office", "ten_trong2025", "không được chứa tên đăng nhập")]
    [InlineData("office", "office", NewPassword, "đã có")]
    [InlineData("Có Dấu", "office", NewPassword, "Tên đăng nhập gồm")]
    [InlineData("quan_tri_2", "admin", NewPassword, "Chọn vai trò")]
    [InlineData("don_vi_la", "clerk", NewPassword, "không thuộc danh sách đơn vị báo cáo")]
    public async Task An_account_against_the_rules_is_refused_and_nothing_is_stored(string user, string role, string password, string message)
    {
        using var admin = await AdminAsync();
        var before = Factory.Query(db => db.Accounts.Count());
        using var refused = await PostAsync(admin, "Create", ("user", user), ("role", role), ("unit", "KHONG_CO"), ("password", password));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, Factory.Query(db => db.Accounts.Count()));
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Actor == "admin" && a.Action == AuditActions.Account && a.Result == "refused" && a.Detail.EndsWith($"({role})"))));
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one()
    {
        var user = service.Units[42].ToLowerInvariant();
        using var admin = await AdminAsync();
        using var reset = await PostAsync(admin, "Reset", ("id", IdOf(user)), ("password", NewPassword));
        Assert.Contains("Đã đặt lại mật khẩu", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var client = Browserless.Client(Factory);
        using var old = await Browserless.SignInAsync(client, user);
        using var fresh = await Browserless.SignInAsync(client, user, NewPassword);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Action == AuditActions.Account && a.Result == "ok" && a.Detail == "reset password " + user)));
    }

    [Fact]
    public async Task The_admin_unlocks_an_account_locked_after_five_wrong_passwords()
    {
        var user = service.Units[43].ToLowerInvariant();
        using var client = Browserless.Client(Factory);
        await Browserless.LockOutAsync(client, user);

        using var locked = await Browserless.SignInAsync(client, user);
        Assert.Contains("tạm khóa", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var admin = await AdminAsync();
        Assert.Contains("Tạm khóa đến", await admin.GetStringAsync("/Admin"), StringComparison.Ordinal);
        using var unlocked = await PostAsync(admin, "Unlock", ("id", IdOf(user)));
        Assert.Contains("Đã mở khóa tài khoản", await unlocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var again = await Browserless.SignInAsync(client, user);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Action == AuditActions.Account && a.Detail == "unlock " + user)));
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_until_enabled()
    {
        var user = service.Units[44].ToLowerInvariant();
        using var admin = await AdminAsync();
        using var disabled = await PostAsync(admin, "Disable", ("id", IdOf(user)));
        Assert.Contains("Đã vô hiệu hóa tài khoản", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var client = Browserless.Client(Factory);
        using var refused = await Browserless.SignInAsync(client, user);
        Assert.Contains("vô hiệu hóa", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var self = await PostAsync(admin, "Disable", ("id", IdOf("admin")));
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);

        using var enabled = await PostAsync(admin, "Enable", ("id", IdOf(user)));
        using var signedIn = await Browserless.SignInAsync(client, user);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Actor == user && a.Action == AuditActions.Login && a.Result == "disabled")));
    }

    [Fact]
    public async Task The_page_lists_the_units_of_the_librarys_data()
    {
        using var admin = await AdminAsync();
        var html = await admin.GetStringAsync("/Admin");
        Assert.Contains(">Tỉnh Khánh Hòa<", html, StringComparison.Ordinal);
        Assert.Contains(">Xã<", html, StringComparison.Ordinal);
        Assert.Contains(">01/07/2025<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("office")]
    [InlineData("clerk")]
    public async Task A_clerk_or_the_office_is_refused_the_page_and_its_actions(string who)
    {
        var user = who == "clerk" ? service.Units[45].ToLowerInvariant() : who;
        using var client = Browserless.Client(Factory);
        await Browserless.SignInAsync(client, user);
        var token = await Browserless.TokenAsync(client, "/Account/Login");

        using var page = await client.GetAsync("/Admin");
        using var create = await client.PostAsync("/Admin?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["user"] = "ke_gian_" + who, ["role"] = "office", ["password"] = NewPassword,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.False(Factory.Query(db => db.Accounts.Any(a => a.UserName == "ke_gian_" + who)));
        Assert.True(Factory.Query(db => db.Audit.Count(a => a.Actor == user && a.Result == "forbidden" && a.Detail.StartsWith("/Admin")) >= 2));
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = Browserless.Client(Factory);
        using var signedIn = await Browserless.SignInAsync(client, "admin");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private string IdOf(string user) => Factory.Query(db => db.Accounts.Single(a => a.UserName == user).Id).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient admin, string handler, params (string Name, string Value)[] fields)
    {
        var token = await Browserless.TokenAsync(admin, "/Admin");
        return await admin.PostAsync("/Admin?handler=" + handler, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. fields.Select(static f => new KeyValuePair<string, string>(f.Name, f.Value))]));
    }
}
