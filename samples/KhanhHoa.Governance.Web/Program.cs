using KhanhHoa.Governance;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Api;
using KhanhHoa.Governance.Web.Drafting;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
var contentRoot = builder.Environment.ContentRootPath;
builder.Services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.Section));

// The library: its clock and time zone, the business calendar, the province's data.
builder.Services.AddKhanhHoaGovernance();
builder.Services.Configure<BusinessCalendarOptions>(calendar => LibraryData.AddCalendar(calendar, options, contentRoot));
builder.Services.AddSingleton(_ => LibraryData.Load(options, contentRoot));
builder.Services.AddSingleton(static sp => sp.GetRequiredService<Province>().Data);
builder.Services.AddSingleton(_ => LibraryData.Letterhead(options, contentRoot));

// Keys of the sign-in cookies and tokens live beside the data, so a restart keeps everyone signed in.
Directory.CreateDirectory(options.DataPath(contentRoot));
builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataPath(contentRoot), "keys")));
var embedded = DatabaseSetup.AddDatabase(builder.Services, builder.Configuration, options, contentRoot);
builder.Services.AddScoped<AuditLog>();
builder.Services.AddScoped<AccountService>();
builder.Services.AddScoped<AccountAdministration>();
builder.Services.AddScoped<SubmissionReceiver>();
builder.Services.AddScoped<SubmissionLedger>();
builder.Services.AddScoped<ReviewDesk>();
builder.Services.AddScoped<OverdueTasks>();
builder.Services.AddScoped<ReportDrafts>();
builder.Services.AddSingleton<DossierRollups>();
builder.Services.AddScoped<PlanImports>();
builder.Services.AddSingleton<VersionSequence>();
builder.Services.AddSingleton<Today>();
builder.Services.AddSingleton<ParsedSubmissions>();
builder.Services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(cookie =>
    {
        cookie.LoginPath = "/Account/Login";
        cookie.Cookie.Name = "kh.auth";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.Events = AccessEvents.Cookie();
    })
    .AddBearerToken(bearer => bearer.BearerTokenExpiration = TimeSpan.FromHours(8));
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(ApiEndpoints.ClerkPolicy, p => p.AddAuthenticationSchemes(BearerTokenDefaults.AuthenticationScheme).RequireRole(Roles.Clerk).RequireClaim(Roles.UnitClaim))
    .AddPolicy(ApiEndpoints.OfficePolicy, p => p.AddAuthenticationSchemes(BearerTokenDefaults.AuthenticationScheme).RequireRole(Roles.Office, Roles.Admin))
    .AddPolicy(Roles.Clerk, p => p.RequireRole(Roles.Clerk).RequireClaim(Roles.UnitClaim))
    .AddPolicy(Roles.Office, p => p.RequireRole(Roles.Office, Roles.Admin))
    .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));

builder.Services.AddRazorPages(pages =>
{
    pages.Conventions.AuthorizeFolder("/Clerk", Roles.Clerk);
    pages.Conventions.AuthorizeFolder("/Office", Roles.Office);
    pages.Conventions.AuthorizeFolder("/Admin", Roles.Admin);
    pages.Conventions.AuthorizePage("/Index");
});
// Vietnamese letters go out as they are; markup characters are still escaped.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxUploadBytes);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + (1L << 20));

var app = builder.Build();
await DatabaseSetup.PrepareAsync(app.Services, embedded, options, app.Logger);
await PlanImports.RestoreAsync(app.Services);

app.UseExceptionHandler();
// The API answers problem+json; a person gets a page in Vietnamese.
app.UseWhen(static c => c.Request.Path.StartsWithSegments("/api"), static api => api.UseStatusCodePages());
app.UseWhen(static c => !c.Request.Path.StartsWithSegments("/api"), static pages => pages.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
ApiEndpoints.Map(app);
app.MapRazorPages();
await app.RunAsync();

/// <summary>The web host's entry point (public for the tests' <c>WebApplicationFactory</c>).</summary>
public partial class Program;
