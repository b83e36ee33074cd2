using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// Two wall-clock benchmarks of the web service on a real port (Kestrel), each on a new SQLite data folder, or on the
// PostgreSQL database named by --postgres:
//   month   a province's month: 750 filled Excel forms (250 units x 3 data sets' worth) sent through POST /api/v1/submissions;
//   status  the office's status page with 100,000 stored submissions: 200 requests, p50/p99;
//   upload  the bytes allocated per upload (the whole process, client included), through the API and the clerk's page,
//           for a filled form and for one padded to 2 MB, 100 uploads each one after another.
/// <summary>The entry point.</summary>
internal static class LoadRun
{
    public static async Task Main(string[] args)
    {
        var what = args.FirstOrDefault() ?? "month";
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();
        var folder = Directory.CreateTempSubdirectory("kh-web-load-").FullName;
        try
        {
            using var factory = new Service(folder, postgres);
            factory.UseKestrel(0);
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
            if (postgres is not null)
            {
                Benchmarks.AddAccounts(factory);
            }

            Console.WriteLine($"{what} on {(postgres is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            await (what switch
            {
                "status" => Benchmarks.StatusAsync(factory, client),
                "upload" => Benchmarks.UploadAsync(factory, client),
                _ => Benchmarks.MonthAsync(factory, client),
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>The service with a fixed clock: 10/09/2025 09:00, the day before the month's reports are due.</summary>
internal sealed class Service(string folder, string? postgres) : WebApplicationFactory<Program>
{
    public static readonly LocalDateTime Now = new(2025, 9, 10, 9, 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSolutionRelativeContentRoot("samples/KhanhHoa.Governance.Web", "*.sln");
        builder.UseSetting("Governance:DataFolder", folder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (postgres is not null)
        {
            builder.UseSetting("ConnectionStrings:Governance", postgres);
        }

        var clock = new FixedClock(Now.InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).ToInstant());
        builder.ConfigureServices(services => services.AddSingleton<IClock>(clock));
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

internal static partial class Benchmarks
{
    private const int Files = 750;

    public static async Task MonthAsync(Service factory, HttpClient client)
    {
        var province = factory.Services.GetRequiredService<Province>();
        var duties = Duties(province, "2025-09");
        var forms = Enumerable.Range(0, Files).Select(i => duties[i % duties.Count]).Select(d => (d.Unit, Form(province, d.Unit, d.DataSet, d.Period))).ToList();
        Console.WriteLine($"{duties.Count} forms due from {duties.Select(static d => d.Unit).Distinct().Count()} units in the default data; {Files} files sent (each unit's forms cycled)");
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in duties.Select(static d => d.Unit).Distinct())
        {
            tokens[unit] = await TokenAsync(client, unit.ToLowerInvariant());
        }

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(forms, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (form, token) =>
        {
            using var content = new MultipartFormDataContent();
            content.Add(new ByteArrayContent(form.Item2), "file", "bieu-mau.xlsx");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[form.Unit]);
            using var response = await client.SendAsync(request, token);
            if ((int)response.StatusCode != 201)
            {
                throw new InvalidOperationException($"{form.Unit}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(token)}");
            }
        });
        clock.Stop();
        var stored = Query(factory, db => db.Submissions.Count(s => s.Outcome == Outcomes.Accepted));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"month: {Files} forms received, checked and stored in {clock.Elapsed.TotalSeconds:F1} s ({Files / clock.Elapsed.TotalSeconds:F1} files/s); {stored} accepted versions stored"));
    }

    public static async Task StatusAsync(Service factory, HttpClient client)
    {
        var province = factory.Services.GetRequiredService<Province>();
        var seeded = Stopwatch.StartNew();
        var rows = Seed(factory, province, 100_000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {rows} submissions in {seeded.Elapsed.TotalSeconds:F1} s"));

        // Signed in as the office through the form, as a person is.
        using var handler = new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false };
        using var office = new HttpClient(handler) { BaseAddress = client.BaseAddress };
        await SignInAsync(office, "office");

        var first = Stopwatch.StartNew();
        (await office.GetAsync("/Office?period=2025-09")).EnsureSuccessStatusCode();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first status page (reads the period's files back): {first.Elapsed.TotalMilliseconds:F0} ms"));
        var times = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var one = Stopwatch.StartNew();
            using var response = await office.GetAsync("/Office?period=2025-09");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            times.Add(one.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"status page, 200 requests with {rows} stored: p50 {times[99]:F1} ms, p99 {times[197]:F1} ms, max {times[^1]:F1} ms"));
    }

    public static async Task UploadAsync(Service factory, HttpClient client)
    {
        const int Uploads = 100;
        var province = factory.Services.GetRequiredService<Province>();
        var (unit, dataSet, period) = Duties(province, "2025-09").First(static d => d.DataSet == "BCD.PROGRESS");
        var form = Form(province, unit, dataSet, period);
        var token = await TokenAsync(client, unit.ToLowerInvariant());
        using var handler = new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false };
        using var clerk = new HttpClient(handler) { BaseAddress = client.BaseAddress };
        await SignInAsync(clerk, unit.ToLowerInvariant());
        var antiForgery = System.Net.WebUtility.HtmlDecode(AntiForgery().Match(await clerk.GetStringAsync("/Clerk?period=2025-09")).Groups[1].Value);
        foreach (var (name, file) in new[] { ("filled form", form), ("form padded to 2 MB", Padded(form, 2 << 20)) })
        {
            foreach (var via in (string[])["API", "clerk's page"])
            {
                // One upload first, so the first-call costs (JIT, caches) are not counted.
                for (var round = 0; round < 2; round++)
                {
                    var count = round == 0 ? 1 : Uploads;
                    GC.Collect();
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var clock = Stopwatch.StartNew();
                    for (var i = 0; i < count; i++)
                    {
                        using var content = new MultipartFormDataContent();
                        if (via == "API")
                        {
                            content.Add(new ByteArrayContent(file), "file", "bieu-mau.xlsx");
                            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = content };
                            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                            using var response = await client.SendAsync(request);
                            Expect(response, 201);
                        }
                        else
                        {
                            content.Add(new StringContent(antiForgery), "__RequestVerificationToken");
                            content.Add(new StringContent("2025-09"), "period");
                            content.Add(new ByteArrayContent(file), "file", "bieu-mau.xlsx");
                            using var response = await clerk.PostAsync("/Clerk?handler=Upload", content);
                            Expect(response, 302);
                        }
                    }

                    clock.Stop();
                    if (round == 1)
                    {
                        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)count;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"upload via the {via}, {name} ({file.Length:N0} bytes): {allocated / 1024:N0} KB allocated per upload ({allocated / file.Length:F1}x the file), {clock.Elapsed.TotalMilliseconds / count:F1} ms each"));
                    }
                }
            }
        }
    }

    private static void Expect(HttpResponseMessage response, int status)
    {
        if ((int)response.StatusCode != status)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }
    }

    // The form with an extra part of incompressible bytes the reader never opens, so the file is `size` bytes larger.
    private static byte[] Padded(byte[] form, int size)
    {
        using var output = new MemoryStream();
        output.Write(form);
        using (var document = SpreadsheetDocument.Open(output, true))
        {
            var image = document.WorkbookPart!.AddExtendedPart("urn:khanhhoa:benchmark-padding", "application/octet-stream", ".bin");
            var bytes = new byte[size];
            new Random(27).NextBytes(bytes);
            using var stream = new MemoryStream(bytes);
            image.FeedData(stream);
        }

        return output.ToArray();
    }

    private static async Task SignInAsync(HttpClient person, string user)
    {
        var html = await person.GetStringAsync("/Account/Login");
        var antiForgery = System.Net.WebUtility.HtmlDecode(AntiForgery().Match(html).Groups[1].Value);
        using var signIn = await person.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = user, ["password"] = DatabaseSetup.DefaultDemoPassword, ["__RequestVerificationToken"] = antiForgery }));
        Expect(signIn, 302);
    }

    // Every unit's report of every progress data set for 2015-01 to 2025-09, five versions each, until count rows.
    private static int Seed(Service factory, Province province, int count)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        var rows = 0;
        var batch = new List<SubmissionVersion>();
        for (var month = new YearMonth(2025, 9); rows < count; month = month.PlusMonths(-1))
        {
            var periodId = month.ToString("uuuu-MM", CultureInfo.InvariantCulture);
            foreach (var (unit, dataSet, period) in Duties(province, periodId).Where(static d => d.DataSet != "P06.MONTHLY"))
            {
                var received = period.End.At(new LocalTime(9, 0)).PlusDays(-3);
                for (var version = 1; version <= 5 && rows < count; version++, rows++)
                {
                    var sent = received.PlusMinutes(version);
                    using var json = new MemoryStream();
                    SubmissionJson.Write(json, new Submission { UnitCode = unit, DataSetCode = dataSet, Period = period, SubmittedAt = sent });
                    batch.Add(new SubmissionVersion
                    {
                        Receipt = "BM-" + rows.ToString("D7", CultureInfo.InvariantCulture), UnitCode = unit, DataSetCode = dataSet, PeriodId = periodId, Version = version,
                        SentBy = unit.ToLowerInvariant(), ReceivedAt = sent.InZoneStrictly(zone).ToInstant(), DeclaredAt = sent, Sha256 = new string('0', 64),
                        FileName = "bao-cao.json", Content = json.ToArray(), Outcome = Outcomes.Accepted, Errors = string.Empty, Findings = string.Empty,
                    });
                }
            }

            if (batch.Count >= 5000 || rows >= count)
            {
                db.Submissions.AddRange(batch);
                db.SaveChanges();
                db.ChangeTracker.Clear();
                batch.Clear();
            }
        }

        return rows;
    }

    // A PostgreSQL database seeds no demo account: the benchmark adds the demo ones, as an administrator would.
    public static void AddAccounts(Service factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDb>();
        var hasher = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<Account>>();
        var hash = hasher.HashPassword(new Account { UserName = "office", Role = "office", PasswordHash = string.Empty }, DatabaseSetup.DefaultDemoPassword);
        db.Accounts.Add(new Account { UserName = "office", Role = "office", PasswordHash = hash });
        foreach (var unit in DatabaseSetup.ReportingUnits(scope.ServiceProvider.GetRequiredService<Province>(), Service.Now.Date))
        {
            db.Accounts.Add(new Account { UserName = unit.ToLowerInvariant(), UnitCode = unit, Role = "clerk", PasswordHash = hash });
        }

        db.SaveChanges();
    }

    private static List<(string Unit, string DataSet, ReportingPeriod Period)> Duties(Province province, string periodId) =>
        [.. province.DataSets.DataSets.SelectMany(d => d.ParsePeriod(periodId).TryPickT0(out var period, out _) && (d.InForceFrom is not { } from || period.End >= from)
            ? d.Reporters.Expected(province.Data.OrgUnits.AsOf(period.End)).Select(u => (u, d.Code, period))
            : [])];

    private static byte[] Form(Province province, string unit, string dataSet, ReportingPeriod period)
    {
        using var output = new MemoryStream();
        SubmissionFormWriter.Write(output, province.Desk, unit, dataSet, period);
        using (var document = SpreadsheetDocument.Open(output, true))
        {
            // As Excel saves it: the time of sending is the file's last-saved time (08:30 in Vietnam).
            document.PackageProperties.Modified = new DateTime(2025, 9, 10, 1, 30, 0, DateTimeKind.Utc);
        }

        return output.ToArray();
    }

    private static async Task<string> TokenAsync(HttpClient client, string user)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/token", new { user, password = DatabaseSetup.DefaultDemoPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["token"];
    }

    private static T Query<T>(Service factory, Func<GovernanceDb, T> query)
    {
        using var scope = factory.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<GovernanceDb>());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
