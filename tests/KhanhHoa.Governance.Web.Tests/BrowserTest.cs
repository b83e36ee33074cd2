using System.Globalization;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>
/// The month in a real browser (Debian's chromium, headless, through its chromedriver; Selenium Manager never runs): a
/// clerk signs in, downloads the form, uploads it filled, reads the receipt; the office sees the status change and returns
/// it with a reason; the clerk reads the reason, corrects and resends; the office accepts, downloads the reminder list and the report draft (Word and HTML), and reads the draft.
/// At 1280 and 390 px, with screenshots under the test output's <c>screenshots</c> folder.
/// </summary>
public sealed class BrowserTest : IDisposable
{
    // When the clerk saved the filled form in Excel: 10/09/2025 08:30 in Vietnam, before the server's 09:00.
    private static readonly DateTime Saved = new(2025, 9, 10, 1, 30, 0, DateTimeKind.Utc);

    private readonly string folder = ServiceFactory.NewFolder("browser");
    private readonly string downloads;
    private readonly string profile;
    private readonly ServiceFactory factory;
    private readonly string screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Starts the service on a real port.</summary>
    public BrowserTest()
    {
        downloads = Directory.CreateDirectory(Path.Combine(folder, "downloads")).FullName;
        profile = Directory.CreateDirectory(Path.Combine(folder, "profile")).FullName;
        factory = new ServiceFactory(Path.Combine(folder, "data"), TestClock.At(RunningService.Start));
        factory.UseKestrel(0);
        factory.StartServer();
        Directory.CreateDirectory(screenshots);
    }

    [Theory]
    [InlineData(1280, 900, "SO_CT")]
    [InlineData(390, 844, "SO_DTTG")]
    public void A_clerk_and_the_office_run_the_month_in_the_browser(int width, int height, string unit)
    {
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        using var driver = Chromium(width, height);
        string Shot(string name)
        {
            var path = Path.Combine(screenshots, string.Create(CultureInfo.InvariantCulture, $"{width}-{name}.png"));
            ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(path);
            return path;
        }

        // The clerk signs in, downloads the form, fills it, sends it, reads the receipt.
        SignIn(driver, baseUrl, unit.ToLowerInvariant());
        driver.Navigate().GoToUrl(baseUrl + "/Clerk?period=2025-09");
        Shot("1-clerk-duties");

        // A file past the limit is answered with the reason on the page (413), not a broken connection.
        var large = Path.Combine(folder, "qua-lon.xlsx");
        File.WriteAllBytes(large, new byte[factory.Services.GetRequiredService<IOptions<WebOptions>>().Value.MaxUploadBytes + 1]);
        driver.FindElement(By.Id("file")).SendKeys(large);
        driver.FindElement(By.CssSelector("form[enctype='multipart/form-data'] button[type=submit]")).Click();
        var refusal = Until(() => driver.FindElements(By.CssSelector(".errors")).FirstOrDefault())!.Text;
        Assert.Contains("Tệp báo cáo lớn hơn mức tối đa 10 MB", refusal, StringComparison.Ordinal);
        Shot("1-clerk-too-large");
        driver.FindElement(By.CssSelector("a[href*='dataSet=BCD.PROGRESS']")).Click();
        var form = Until(() => Directory.GetFiles(downloads, "*.xlsx").FirstOrDefault(f => new FileInfo(f).Length > 0));
        Thread.Sleep(200);
        FormClerk.WriteDifficulty(form!, "Hạ tầng số", "Đường truyền tại xã còn chậm <b>\"đột xuất\"</b>", Saved);
        driver.FindElement(By.Id("file")).SendKeys(form);
        driver.FindElement(By.CssSelector("form[enctype='multipart/form-data'] button[type=submit]")).Click();
        var receipt = Until(() => driver.FindElements(By.Id("receipt")).FirstOrDefault())!.Text;
        Assert.True(driver.FindElement(By.Id("outcome")).Text == Outcomes.Label(Outcomes.Accepted), driver.FindElement(By.TagName("main")).Text);
        Shot("2-clerk-receipt");
        SignOut(driver);

        // The office sees the unit as sent, opens the version and returns it with a reason.
        SignIn(driver, baseUrl, "office");
        driver.Navigate().GoToUrl(baseUrl + "/Office?period=2025-09");
        Assert.Contains(receipt, driver.PageSource, StringComparison.Ordinal);
        Shot("3-office-status");
        driver.FindElement(By.LinkText(receipt)).Click();
        Assert.Contains("&lt;b&gt;", driver.PageSource, StringComparison.Ordinal);
        driver.FindElement(By.Id("reason")).SendKeys("Bổ sung số liệu đường truyền của 3 xã");
        Shot("4-office-return");
        driver.FindElement(By.Id("return")).Click();
        Until(() => driver.FindElements(By.CssSelector(".review")).Count > 0);
        SignOut(driver);

        // The clerk reads the reason and resends a corrected form.
        SignIn(driver, baseUrl, unit.ToLowerInvariant());
        driver.Navigate().GoToUrl(baseUrl + "/Clerk?period=2025-09");
        Assert.Contains("Bổ sung số liệu đường truyền của 3 xã", driver.PageSource, StringComparison.Ordinal);
        Shot("5-clerk-returned");
        FormClerk.WriteDifficulty(form!, "Hạ tầng số", "Đã bổ sung: 3 xã dùng đường truyền 4G", Saved);
        driver.FindElement(By.Id("file")).SendKeys(form);
        driver.FindElement(By.CssSelector("form[enctype='multipart/form-data'] button[type=submit]")).Click();
        var second = Until(() => driver.FindElements(By.Id("receipt")).FirstOrDefault())!.Text;
        Assert.NotEqual(receipt, second);
        Assert.Contains("lần gửi thứ 2", driver.PageSource, StringComparison.Ordinal);
        SignOut(driver);

        // The office accepts the correction and takes the reminder list.
        SignIn(driver, baseUrl, "office");
        driver.Navigate().GoToUrl(baseUrl + "/Office/Submission?receipt=" + second);
        driver.FindElement(By.Id("accept")).Click();
        Until(() => driver.FindElements(By.CssSelector(".review")).Count > 0);
        Assert.Contains(Outcomes.Label(Outcomes.Approved), driver.PageSource, StringComparison.Ordinal);
        driver.Navigate().GoToUrl(baseUrl + "/Office/Reminders?period=2025-09");
        Shot("6-office-reminders");
        driver.FindElement(By.PartialLinkText("CSV")).Click();
        var csv = Until(() => Directory.GetFiles(downloads, "*.csv").FirstOrDefault(f => new FileInfo(f).Length > 0));
        var lines = File.ReadAllLines(csv!);
        Assert.Contains(lines, l => l.StartsWith("3433.PROGRESS,", StringComparison.Ordinal) && l.Contains("," + unit + ",", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith(Sending.Progress + ",", StringComparison.Ordinal) && l.Contains("," + unit + ",", StringComparison.Ordinal));

        // The office downloads the report draft of what the database holds, in Word and in HTML, and reads the HTML.
        driver.Navigate().GoToUrl(baseUrl + "/Office/Report?period=2025-09");
        Shot("7-office-report");
        driver.FindElement(By.CssSelector("a[data-format=docx]")).Click();
        var word = Until(() => Directory.GetFiles(downloads, "*.docx").FirstOrDefault(f => new FileInfo(f).Length > 0));
        driver.FindElement(By.CssSelector("a[data-format=html]")).Click();
        var html = Until(() => Directory.GetFiles(downloads, "*.html").FirstOrDefault(f => new FileInfo(f).Length > 0));
        Thread.Sleep(200);
        Assert.Equal("du-thao-bao-cao-2025-09.docx", Path.GetFileName(word));
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(word!)[..2]);
        driver.Navigate().GoToUrl(new Uri(html!).AbsoluteUri);
        Shot("8-report-draft");
        Assert.Contains("DỰ THẢO", driver.PageSource, StringComparison.Ordinal);
        Assert.Contains("Đã bổ sung: 3 xã dùng đường truyền 4G", driver.PageSource, StringComparison.Ordinal);
        Assert.All(Directory.GetFiles(screenshots, width.ToString(CultureInfo.InvariantCulture) + "-*.png"), f => Assert.True(new FileInfo(f).Length > 1000));
    }

    // A clerk types the unit's own words for a section in the page, a footnote as the page explains it, and sends them.
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public void A_clerk_types_a_text_for_a_section_with_its_footnote(int width, int height)
    {
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        var commune = factory.Services.GetRequiredService<Province>().Data.OrgUnits.AsOf(new LocalDate(2025, 9, 30)).Units.First(static u => u.Kind == OrgUnitKind.Commune);
        using var driver = Chromium(width, height);
        SignIn(driver, baseUrl, commune.Code.ToLowerInvariant());
        driver.Navigate().GoToUrl(baseUrl + "/Clerk/Enter?dataSet=P06.MONTHLY&period=2025-09");

        var box = Until(() => driver.FindElements(By.Id("section-I.2")).FirstOrDefault())!;
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.SendKeys("Tuyên truyền trên hệ thống loa truyền thanh của xã[^loa].");
        box.SendKeys(Keys.Enter + Keys.Enter + "[^loa]: 12 cụm loa tại các thôn.");
        var path = Path.Combine(screenshots, string.Create(CultureInfo.InvariantCulture, $"{width}-9-clerk-section-text.png"));
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(path);
        // Nothing wider than the page, so the clerk never scrolls sideways to read what they type.
        var (page, viewport) = (Convert.ToInt64(((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.scrollWidth;"), CultureInfo.InvariantCulture), Convert.ToInt64(((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.clientWidth;"), CultureInfo.InvariantCulture));
        Assert.True(page <= viewport && box.Location.X + box.Size.Width <= viewport, $"the page is {page} px wide in a {viewport} px window, the text box ends at {box.Location.X + box.Size.Width} px");
        driver.FindElement(By.CssSelector("form.card > button[type=submit]")).Click();

        var receipt = Until(() => driver.Url.Contains("/Clerk/Receipt", StringComparison.Ordinal) ? driver.PageSource : null)!;
        Assert.Contains(Outcomes.Label(Outcomes.Accepted), receipt, StringComparison.Ordinal);
        var sent = factory.Query(db => db.Submissions.Single(s => s.UnitCode == commune.Code && s.DataSetCode == "P06.MONTHLY"));
        Assert.Contains("[^loa]: 12 cụm loa tại các thôn.", System.Text.Encoding.UTF8.GetString(sent.Content), StringComparison.Ordinal);

        // The office reads the text on the submission's page, its lines as the clerk typed them.
        SignOut(driver);
        SignIn(driver, baseUrl, "office");
        driver.Navigate().GoToUrl(baseUrl + "/Office/Submission?receipt=" + sent.Receipt);
        var written = Until(() => driver.FindElements(By.CssSelector("p.section-text")).FirstOrDefault())!;
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", written);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(screenshots, string.Create(CultureInfo.InvariantCulture, $"{width}-9-office-section-text.png")));
        Assert.Contains("Mục I.2: Tuyên truyền trên hệ thống loa truyền thanh của xã[^loa].", written.Text, StringComparison.Ordinal);
        Assert.Contains("[^loa]: 12 cụm loa tại các thôn.", written.Text, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private ChromeDriver Chromium(int width, int height)
    {
        // The driver is named, so Selenium Manager never looks for (or downloads) one.
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"));
        options.AddUserProfilePreference("download.default_directory", downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static void SignIn(IWebDriver driver, string baseUrl, string user)
    {
        driver.Navigate().GoToUrl(baseUrl + "/Account/Login");
        driver.FindElement(By.Id("user")).SendKeys(user);
        driver.FindElement(By.Id("password")).SendKeys(ServiceFactory.Password);
        driver.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        Until(() => driver.Url.Contains("/Account/Login", StringComparison.Ordinal) ? null : driver.Url);
    }

    // Polls until the browser shows what is awaited (null or false until then), for at most 20 seconds.
    private static T Until<T>(Func<T?> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = probe();
            if (value is not null && value is not false)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the browser did not show what was awaited within 20 s");
            }

            Thread.Sleep(100);
        }
    }

    private static void SignOut(IWebDriver driver) => driver.FindElement(By.CssSelector("form[action='/Account/Logout'] button")).Click();
}
