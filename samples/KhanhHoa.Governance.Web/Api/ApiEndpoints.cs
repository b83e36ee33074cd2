using System.Security.Claims;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime.Text;

namespace KhanhHoa.Governance.Web.Api;

/// <summary>
/// The JSON API for provincial systems under <c>/api/v1</c>, bearer tokens only (a cookie never authorises a call, so a
/// forged cross-site form cannot send). Problems are <c>application/problem+json</c> with a Vietnamese <c>detail</c>.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The policy of the office's calls.</summary>
    public const string OfficePolicy = "api-office";

    /// <summary>The policy of a clerk's calls.</summary>
    public const string ClerkPolicy = "api-clerk";

    /// <summary>Maps the API.</summary>
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithTags("api").DisableAntiforgery();
        api.MapPost("/token", Token).AllowAnonymous()
            .WithSummary("Đổi tên đăng nhập và mật khẩu lấy mã truy cập (bearer token).");
        api.MapPost("/submissions", Send).RequireAuthorization(ClerkPolicy).Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Gửi một tệp báo cáo (trường multipart 'file': .xlsx, .csv hoặc .json).");
        api.MapGet("/status", Status).RequireAuthorization(OfficePolicy)
            .WithSummary("Tình hình gửi báo cáo của một kỳ: cùng JSON với 'submissions status --format json'.");
        api.MapPost("/submissions/{receipt}/return", Return).RequireAuthorization(OfficePolicy)
            .WithSummary("Trả lại một báo cáo để đơn vị chỉnh sửa, kèm lý do.");
        app.MapGet("/healthz", Health).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> Token([FromBody] TokenRequest? request, AccountService accounts, IOptionsMonitor<BearerTokenOptions> bearer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.User) || request.Password is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Thiếu tên đăng nhập hoặc mật khẩu", "Gửi JSON dạng {\"user\": \"...\", \"password\": \"...\"}.");
        }

        var outcome = await accounts.CheckAsync(request.User, request.Password, BearerTokenDefaults.AuthenticationScheme, cancellationToken);
        if (outcome.Principal is not { } principal)
        {
            return Problem(StatusCodes.Status401Unauthorized, "Không đăng nhập được", outcome.Refusal!);
        }

        var options = bearer.Get(BearerTokenDefaults.AuthenticationScheme);
        // The token's lifetime is the authentication handler's business, on its own clock.
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration }, BearerTokenDefaults.AuthenticationScheme);
        return Results.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket)));
    }

    private static async Task<IResult> Send(HttpRequest request, ClaimsPrincipal user, SubmissionReceiver receiver, DateTimeZone zone, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        // Read as it arrives (not bound as an IFormFile, which ASP.NET buffers whole first).
        var upload = await UploadReader.ReadAsync(request, options.Value.MaxUploadBytes, null, cancellationToken);
        if (upload.Content is not { } content)
        {
            var title = upload.Status == StatusCodes.Status413PayloadTooLarge ? "Tệp báo cáo quá lớn"
                : upload.Problem == UploadReader.Missing ? "Thiếu tệp báo cáo"
                : "Không đọc được nội dung gửi lên";
            // The field in "errors", as ASP.NET's validation problems name theirs.
            return Results.ValidationProblem(new Dictionary<string, string[]> { [UploadReader.FileField] = [upload.Problem!] }, detail: upload.Problem, statusCode: upload.Status, title: title);
        }

        var result = await receiver.ReceiveAsync(user.Actor(), user.UnitCode()!, upload.FileName!, content, cancellationToken);
        if (result.Forbidden)
        {
            return Problem(StatusCodes.Status403Forbidden, "Không được gửi cho đơn vị khác", result.Errors[0]);
        }

        var version = result.Version!;
        var receivedAt = OffsetDateTimePattern.ExtendedIso.Format(version.ReceivedAt.InZone(zone).ToOffsetDateTime());
        var body = new ReceiptResponse(version.Receipt, receivedAt, version.Outcome, result.Errors, version.Sha256, version.Version, Lines(version.Findings));
        return result.Accepted
            ? Results.Created($"/api/v1/submissions/{version.Receipt}", body)
            : Results.Json(body, statusCode: StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> Status(string? period, string? asOf, SubmissionLedger ledger, IClock clock, DateTimeZone zone, CancellationToken cancellationToken)
    {
        if (!UserInput.TryMonth(period, out var periodId, out var problem))
        {
            return Problem(StatusCodes.Status400BadRequest, "Kỳ báo cáo không hợp lệ", problem);
        }

        var day = clock.GetCurrentInstant().InZone(zone).Date;
        if (asOf is not null && !UserInput.TryDate(asOf, out day, out problem))
        {
            return Problem(StatusCodes.Status400BadRequest, "Ngày không hợp lệ", problem);
        }

        var status = await ledger.StatusAsync(periodId, day, cancellationToken);
        if (status.DataSets.Count == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "Kỳ báo cáo không hợp lệ", $"Không có bộ dữ liệu nào báo cáo theo kỳ {periodId}.");
        }

        using var buffer = new MemoryStream();
        SubmissionStatusJson.Write(buffer, status);
        return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
    }

    private static async Task<IResult> Return(string receipt, [FromBody] ReturnRequest? request, ClaimsPrincipal user, ReviewDesk reviews, CancellationToken cancellationToken)
    {
        var (version, problem, notFound) = await reviews.DecideAsync(receipt, Outcomes.Returned, request?.Reason, user.Actor(), cancellationToken);
        return notFound ? Problem(StatusCodes.Status404NotFound, "Không tìm thấy báo cáo", problem!)
            : problem is not null ? Problem(StatusCodes.Status422UnprocessableEntity, "Không trả lại được", problem)
            : Results.Ok(new ReturnResponse(version!.Receipt, Outcomes.Returned, request!.Reason!.Trim()));
    }

    private static async Task<IResult> Health(GovernanceDb db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken) ? Results.Text("ok") : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "Không kết nối được cơ sở dữ liệu.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.Split('\n');
}
