using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Storage;

/// <summary>
/// Chooses the database (PostgreSQL when <c>ConnectionStrings:Governance</c> names one, else a SQLite file in the data
/// folder), migrates it on start and, on the embedded default only, seeds the demo accounts.
/// </summary>
internal static class DatabaseSetup
{
    /// <summary>The connection string's name.</summary>
    public const string ConnectionName = "Governance";

    /// <summary>The environment variable holding the demo accounts' password.</summary>
    public const string DemoPasswordVariable = "KH_DEMO_PASSWORD";

    /// <summary>The demo password when <see cref="DemoPasswordVariable"/> is not set (printed at start and in the docs).</summary>
    public const string DefaultDemoPassword = "KhanhHoa@2025";

    /// <summary>
    /// Registers the context of the configured provider. A list of keys in a query is one parameter (a JSON array on SQLite,
    /// an array on PostgreSQL), so a page runs one command of one text whatever the number of units and versions.
    /// </summary>
    /// <returns><see langword="true"/> for the embedded SQLite default.</returns>
    public static bool AddDatabase(IServiceCollection services, IConfiguration configuration, WebOptions options, string contentRoot)
    {
        if (configuration.GetConnectionString(ConnectionName) is { Length: > 0 } postgres)
        {
            services.AddDbContext<GovernanceDb, PostgresGovernanceDb>(o => o.UseNpgsql(postgres, n => n.UseNodaTime().UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)));
            return false;
        }

        var folder = options.DataPath(contentRoot);
        var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "governance.db"), Pooling = true }.ToString();
        services.AddDbContext<GovernanceDb, SqliteGovernanceDb>(o => o.UseSqlite(file, s => s.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)));
        return true;
    }

    /// <summary>Migrates the database and seeds the demo accounts on the embedded default.</summary>
    public static async Task PrepareAsync(IServiceProvider services, bool embedded, WebOptions options, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDb>();
        await db.Database.MigrateAsync();
        if (!embedded)
        {
            await AddAdministratorAsync(scope.ServiceProvider, db, options, logger);
            return;
        }

        // Readers do not wait for the writer, so the office's pages stay quick while units send.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        if (await db.Accounts.AnyAsync())
        {
            return;
        }

        var variable = Environment.GetEnvironmentVariable(DemoPasswordVariable);
        var password = string.IsNullOrEmpty(variable) ? DefaultDemoPassword : variable;
        var province = scope.ServiceProvider.GetRequiredService<Province>();
        var today = scope.ServiceProvider.GetRequiredService<IClock>().GetCurrentInstant().InZone(scope.ServiceProvider.GetRequiredService<DateTimeZone>()).Date;
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Account>>();
        var units = ReportingUnits(province, today);

        // One password for every demo account, so one hash (each PBKDF2 hash costs a tenth of a second; 100 of them would delay the start).
        var hash = hasher.HashPassword(new Account { UserName = "demo", Role = Roles.Clerk, PasswordHash = string.Empty }, password);
        db.Accounts.Add(new Account { UserName = "office", Role = Roles.Office, PasswordHash = hash });
        db.Accounts.Add(new Account { UserName = "admin", Role = Roles.Admin, PasswordHash = hash });
        foreach (var unit in units)
        {
            db.Accounts.Add(new Account { UserName = unit.ToLowerInvariant(), UnitCode = unit, Role = Roles.Clerk, PasswordHash = hash });
        }

        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync("system", AuditActions.Import, null, "ok", $"demo accounts: office, admin and {units.Count} clerks");
        logger.LogWarning(
            "Demo accounts created: office, admin and one clerk per reporting unit (unit code in lower case, e.g. {Example}); password {Source}: {Password}",
            units.FirstOrDefault()?.ToLowerInvariant(), string.IsNullOrEmpty(variable) ? "(default; set " + DemoPasswordVariable + " to choose)" : "from " + DemoPasswordVariable, string.IsNullOrEmpty(variable) ? password : "(hidden)");
    }

    private static async Task AddAdministratorAsync(IServiceProvider services, GovernanceDb db, WebOptions options, ILogger logger)
    {
        if (options.AdminPassword is not { Length: > 0 } password || await db.Accounts.AnyAsync(a => a.Role == Roles.Admin))
        {
            return;
        }

        var admin = new Account { UserName = "admin", Role = Roles.Admin, PasswordHash = string.Empty };
        admin.PasswordHash = services.GetRequiredService<IPasswordHasher<Account>>().HashPassword(admin, password);
        db.Accounts.Add(admin);
        await db.SaveChangesAsync();
        await services.GetRequiredService<AuditLog>().WriteAsync("system", AuditActions.Import, null, "ok", "administrator account created from Governance:AdminPassword");
        logger.LogWarning("Administrator account 'admin' created from Governance:AdminPassword");
    }

    /// <summary>Every unit some data set expects a report from today (the library's rule, <see cref="Submissions.TaskAssignments.Reporters"/>), in code order.</summary>
    public static IReadOnlyList<string> ReportingUnits(Province province, LocalDate today)
    {
        var tree = province.Data.OrgUnits.AsOf(today);
        return [.. province.DataSets.DataSets.SelectMany(d => province.Desk.Assignments.Reporters(d, tree)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
