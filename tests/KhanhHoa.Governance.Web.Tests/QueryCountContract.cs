using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using KhanhHoa.Governance.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>
/// The pages a clerk or the office opens every day run a fixed number of SQL commands whatever the data (no N+1), and
/// each command is served by a named index (no full scan of a large table), on each database. One service of its own,
/// filled twice: 3 units with one version each, then every unit with several versions, reviews and audit rows.
/// </summary>
public abstract partial class QueryCountContract(ITestOutputHelper output)
{
    // The tables that grow with the province's months; a full scan of one of them is a page that slows down with time.
    private static readonly HashSet<string> LargeTables = new(StringComparer.Ordinal) { "Submissions", "Reviews", "Audit", "DossierUploads" };

    private int receipts;

    /// <summary>A new service on a database of its own, with its demo accounts.</summary>
    protected abstract ServiceFactory NewService();

    [Fact]
    public async Task The_daily_pages_run_the_same_commands_for_3_units_as_for_every_unit_with_several_versions_and_each_uses_an_index()
    {
        using var factory = NewService();
        var units = RunningService.ProgressReporters(factory);
        var clerkUnit = units[0];
        using var office = Browserless.Client(factory);
        using var clerk = Browserless.Client(factory);
        using var admin = Browserless.Client(factory);
        using var api = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Browserless.SignInAsync(office, "office")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Browserless.SignInAsync(clerk, clerkUnit.ToLowerInvariant())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Browserless.SignInAsync(admin, "admin")).StatusCode);
        var token = await Sending.TokenAsync(api, "office");

        Seed(factory, units.Take(3).ToList(), ["2025-08", "2025-09"], versions: 1, reviews: 1, auditRows: 5);
        var few = await CountAsync(factory, office, clerk, admin, api, token, clerkUnit);
        // Nine months of every unit: more versions in force than any batch of keys a query could have taken at once.
        Seed(factory, units, [.. Enumerable.Range(1, 9).Select(static m => $"2025-{m:D2}")], versions: 3, reviews: 4, auditRows: 300);
        var many = await CountAsync(factory, office, clerk, admin, api, token, clerkUnit);

        Assert.True(units.Count >= 50, $"{units.Count} units");
        output.WriteLine(many.Counts);
        Assert.True(few.Counts == many.Counts, $"With 3 units:\n{few.Detail}\nWith {units.Count} units:\n{many.Detail}");
        var scans = new List<string>();
        foreach (var command in many.Commands.DistinctBy(static c => c.Sql))
        {
            scans.AddRange(await FullScansAsync(factory, command));
        }

        Assert.Empty(scans);

        // The check sees a scan where no index serves, and where an index is walked whole. (A condition on an index's later
        // column only is a full walk too; PostgreSQL shows it as an index condition, SQLite as a SCAN, and both have the same indexes.)
        Assert.NotEmpty(await FullScansAsync(factory, new LoggedCommand("SELECT \"s\".\"Id\" FROM \"Submissions\" AS \"s\" WHERE \"s\".\"Findings\" = 'x'", [])));
        Assert.NotEmpty(await FullScansAsync(factory, new LoggedCommand("SELECT \"s\".\"Id\" FROM \"Submissions\" AS \"s\" ORDER BY \"s\".\"Receipt\"", [])));
    }

    private static async Task<(string Counts, string Detail, IReadOnlyList<LoggedCommand> Commands)> CountAsync(
        ServiceFactory factory, HttpClient office, HttpClient clerk, HttpClient admin, HttpClient api, string token, string clerkUnit)
    {
        var latest = factory.Query(db => db.Submissions.Where(s => s.UnitCode == clerkUnit && s.PeriodId == "2025-09").OrderByDescending(s => s.Id).First().Receipt);
        (string Page, Func<Task<HttpResponseMessage>> Get)[] pages =
        [
            ("office status", () => office.GetAsync("/Office?period=2025-09")),
            ("status API", () => Sending.GetAsync(api, token, "/api/v1/status?period=2025-09")),
            ("reminders", () => office.GetAsync("/Office/Reminders?period=2025-09")),
            ("overdue tasks", () => office.GetAsync("/Office/Tasks")),
            ("clerk home", () => clerk.GetAsync("/Clerk?period=2025-09")),
            ("receipt", () => clerk.GetAsync("/Clerk/Receipt?receipt=" + latest)),
            ("review", () => office.GetAsync("/Office/Submission?receipt=" + latest)),
            ("audit", () => admin.GetAsync("/Admin")),
        ];
        var counts = new StringBuilder();
        var detail = new StringBuilder();
        var all = new List<LoggedCommand>();
        foreach (var (page, get) in pages)
        {
            // The first view reads back the versions not yet read in this process; the second finds them read.
            foreach (var view in (string[])["first", "again"])
            {
                factory.Queries.Clear();
                factory.Queries.Recording = true;
                using (var response = await get())
                {
                    factory.Queries.Recording = false;
                    Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
                }

                var commands = factory.Queries.Commands;
                all.AddRange(commands);
                counts.Append(CultureInfo.InvariantCulture, $"{page} ({view}): {commands.Count} commands\n");
                detail.Append(CultureInfo.InvariantCulture, $"{page} ({view}): {commands.Count} commands\n");
                foreach (var command in commands)
                {
                    detail.Append("    ").Append(Regex.Replace(command.Sql, @"\s+", " ")).Append('\n');
                }
            }
        }

        return (counts.ToString(), detail.ToString(), all);
    }

    // Each unit's progress reports of the periods: `versions` more versions each, reviews on the clerk unit's latest one
    // and on every other unit's (approved and returned in turn), and audit rows.
    private void Seed(ServiceFactory factory, IReadOnlyList<string> units, IReadOnlyList<string> periods, int versions, int reviews, int auditRows)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDb>();
        var at = factory.Clock.GetCurrentInstant();
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        var province = factory.Services.GetRequiredService<Hosting.Province>();
        var progress = province.DataSets.Find(Sending.Progress)!;
        var added = new List<SubmissionVersion>();
        foreach (var period in periods)
        {
            // Only the units that report the period (communes were merged in 2025), as the desk accepted them when received.
            foreach (var unit in units.Intersect(province.Desk.ExpectedReporters(progress, progress.ParsePeriod(period).AsT0)))
            {
                var last = db.Submissions.Where(s => s.UnitCode == unit && s.PeriodId == period).Max(s => (int?)s.Version) ?? 0;
                for (var version = last + 1; version <= last + versions; version++)
                {
                    var content = Sending.Json(unit, period, at.InZone(zone).LocalDateTime.PlusMinutes(-version));
                    added.Add(new SubmissionVersion
                    {
                        Receipt = "QC-" + (++receipts).ToString("D6", CultureInfo.InvariantCulture), UnitCode = unit, DataSetCode = Sending.Progress, PeriodId = period,
                        Version = version, SentBy = unit.ToLowerInvariant(), ReceivedAt = at, DeclaredAt = at.InZone(zone).LocalDateTime.PlusMinutes(-version),
                        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), FileName = "bao-cao.json", Content = content, Outcome = Outcomes.Accepted,
                        Errors = string.Empty, Findings = string.Empty,
                    });
                }
            }
        }

        db.Submissions.AddRange(added);
        db.SaveChanges();
        var latest = added.Where(static v => v.PeriodId == "2025-09").GroupBy(static v => v.UnitCode).Select(static g => g.MaxBy(static v => v.Version)!).ToList();
        for (var i = 0; i < latest.Count; i++)
        {
            for (var r = 0; r < (i == 0 ? reviews : 1); r++)
            {
                var returned = (i + r) % 2 == 1;
                db.Reviews.Add(new SubmissionReview
                {
                    SubmissionVersionId = latest[i].Id, Decision = returned ? Outcomes.Returned : Outcomes.Approved, Reason = returned ? "Bổ sung số liệu" : string.Empty,
                    ReviewedBy = "office", ReviewedAt = at,
                });
            }
        }

        for (var i = 0; i < auditRows; i++)
        {
            db.Audit.Add(new AuditEntry { At = at, Actor = "office", Action = AuditActions.Accept, UnitCode = units[i % units.Count], Result = "ok", Detail = "QC" });
        }

        db.SaveChanges();
    }

    // The full scans of a large table in the plan of `command`, as "table: plan line" (none when every large table is searched by an index).
    private static async Task<IReadOnlyList<string>> FullScansAsync(ServiceFactory factory, LoggedCommand command)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDb>();
        var postgres = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        if (postgres)
        {
            // On a small table PostgreSQL rightly prefers a sequential scan; with it priced out, one remains only where no index serves.
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        }

        var plan = new List<string>();
        await using (var explain = command.Replay(connection, postgres ? "EXPLAIN (FORMAT JSON) " : "EXPLAIN QUERY PLAN "))
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(postgres ? 0 : 3));
            }
        }

        return postgres ? PostgresFullScans(plan[0], command.Sql) : SqliteFullScans(plan, command.Sql);
    }

    // SQLite: "SCAN alias" (with or without an index) walks the whole table or index; "SEARCH" uses an index's key.
    private static List<string> SqliteFullScans(IReadOnlyList<string> plan, string sql)
    {
        var aliases = TableAlias().Matches(sql).ToDictionary(static m => m.Groups[2].Value, static m => m.Groups[1].Value, StringComparer.Ordinal);
        // SQLite walks a table in key order for "ORDER BY key LIMIT n" and stops after n rows: not a full scan.
        var limited = sql.Contains("LIMIT", StringComparison.Ordinal) && !plan.Any(static p => p.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
        return [.. plan.Select(static line => (Line: line, Scan: SqliteScan().Match(line)))
            .Where(l => l.Scan.Success && LargeTables.Contains(aliases.GetValueOrDefault(l.Scan.Groups[1].Value, l.Scan.Groups[1].Value)) && !limited)
            .Select(l => $"{l.Line} in {sql}")];
    }

    // PostgreSQL: a sequential scan, or an index scan with no index condition (the whole index in order) unless a LIMIT stops it.
    private static List<string> PostgresFullScans(string json, string sql)
    {
        var found = new List<string>();
        void Walk(JsonElement node, string? parent)
        {
            var type = node.GetProperty("Node Type").GetString()!;
            if (node.TryGetProperty("Relation Name", out var relation) && LargeTables.Contains(relation.GetString()!)
                && (type == "Seq Scan" || (type is "Index Scan" or "Index Only Scan" && !node.TryGetProperty("Index Cond", out _) && parent != "Limit")))
            {
                found.Add($"{type} on {relation.GetString()} in {sql}");
            }

            if (node.TryGetProperty("Plans", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    Walk(child, type);
                }
            }
        }

        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement[0].GetProperty("Plan"), null);
        return found;
    }

    [GeneratedRegex("\"(\\w+)\" AS \"?(\\w+)\"?")]
    private static partial Regex TableAlias();

    [GeneratedRegex("^SCAN (\\w+)")]
    private static partial Regex SqliteScan();

}

/// <summary>On the embedded SQLite default.</summary>
public sealed class SqliteQueryCountTest(ITestOutputHelper output) : QueryCountContract(output), IDisposable
{
    private readonly string folder = ServiceFactory.NewFolder("queries");

    /// <inheritdoc />
    protected override ServiceFactory NewService()
    {
        var factory = new ServiceFactory(folder, TestClock.At(RunningService.Start));
        _ = factory.Server;
        return factory;
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(folder, recursive: true);
}

/// <summary>On PostgreSQL: a database of its own on the collection's cluster.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresQueryCountTest(PostgresService service, ITestOutputHelper output) : QueryCountContract(output), IDisposable
{
    private readonly string folder = ServiceFactory.NewFolder("pg-queries");

    /// <inheritdoc />
    protected override ServiceFactory NewService()
    {
        var factory = new ServiceFactory(folder, TestClock.At(RunningService.Start), service.Cluster.ConnectionString("queries"));
        _ = factory.Server;
        factory.AddAccountAsync("office", Roles.Office, null).GetAwaiter().GetResult();
        foreach (var unit in RunningService.ProgressReporters(factory))
        {
            factory.AddAccountAsync(unit.ToLowerInvariant(), Roles.Clerk, unit).GetAwaiter().GetResult();
        }

        return factory;
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(folder, recursive: true);
}
