using System.Net;
using System.Text.RegularExpressions;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using KhanhHoa.Governance.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>Plan import with a preview, on a service of its own (an import changes the province's data sets).</summary>
public sealed class PlanImportTest
{
    private const string PlanId = "QĐ-BCĐ-2025";

    private static readonly byte[] Seed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "ke-hoach-bcd-2025.txt"));

    [Fact]
    public async Task A_previewed_plan_is_saved_only_when_confirmed_adds_its_progress_data_set_and_survives_a_restart()
    {
        var folder = ServiceFactory.NewFolder("plans");
        try
        {
            using (var first = new ServiceFactory(folder, TestClock.At(RunningService.Start)))
            {
                using var office = Browserless.Client(first);
                await Browserless.SignInAsync(office, "office");

                using var preview = await PostPreviewAsync(office, "ke-hoach.txt", Seed);
                var page = await preview.Content.ReadAsStringAsync();

                Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
                Assert.Contains($"Xem trước kế hoạch {PlanId}", page, StringComparison.Ordinal);
                Assert.Contains("<td data-label=\"Chủ trì\">", page, StringComparison.Ordinal);
                Assert.Equal(0, first.Query(db => db.ImportedPlans.Count()));
                Assert.Null(first.Services.GetRequiredService<Province>().DataSets.Find(PlanId + ".PROGRESS"));

                using var saved = await office.PostAsync("/Office/Plans?handler=Save", new FormUrlEncodedContent(
                [
                    new("__RequestVerificationToken", Hidden(page, "__RequestVerificationToken")), new("fileName", Hidden(page, "fileName")),
                    new("content", Hidden(page, "content")), new("planId", ""), new("year", ""),
                ]));

                Assert.Contains($"Đã lưu kế hoạch {PlanId}", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.Equal(PlanId, first.Query(db => db.ImportedPlans.Single().PlanId));
                Assert.NotNull(first.Services.GetRequiredService<Province>().DataSets.Find(PlanId + ".PROGRESS"));
                Assert.True(first.Query(db => db.Audit.Any(a => a.Actor == "office" && a.Action == AuditActions.Import && a.Detail.StartsWith($"kế hoạch {PlanId}"))));
            }

            using var second = new ServiceFactory(folder, TestClock.At(RunningService.Start.PlusHours(1)));
            _ = second.Server;
            Assert.Contains(second.Services.GetRequiredService<Province>().Data.Plans, static p => p.Id == PlanId);
            Assert.NotNull(second.Services.GetRequiredService<Province>().DataSets.Find(PlanId + ".PROGRESS"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_document_that_does_not_read_is_a_422_with_its_errors_and_clerks_are_refused()
    {
        var folder = ServiceFactory.NewFolder("plans-bad");
        try
        {
            using var factory = new ServiceFactory(folder, TestClock.At(RunningService.Start));
            using var office = Browserless.Client(factory);
            await Browserless.SignInAsync(office, "office");
            using var clerk = Browserless.Client(factory);
            await Browserless.SignInAsync(clerk, "so_ct");

            using var bad = await PostPreviewAsync(office, "ke-hoach.docx", "không phải tệp Word"u8.ToArray());
            using var refused = await clerk.GetAsync("/Office/Plans");

            Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
            Assert.Contains("Không đọc được kế hoạch", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(0, factory.Query(db => db.ImportedPlans.Count()));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> PostPreviewAsync(HttpClient office, string name, byte[] file)
    {
        var token = await Browserless.TokenAsync(office, "/Office/Plans");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", name },
        };
        return await office.PostAsync("/Office/Plans?handler=Preview", form);
    }

    private static string Hidden(string page, string name) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\" (?:type=\"hidden\" )?value=\"([^\"]*)\"").Groups[1].Value);
}
