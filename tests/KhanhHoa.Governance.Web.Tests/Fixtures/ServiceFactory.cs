using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Web.Tests.Fixtures;

/// <summary>
/// The service in a test: its own data folder (SQLite) or a PostgreSQL connection string, the test's clock, and cheap
/// password hashes (the hash's cost is a setting; what is tested is the flow, not PBKDF2).
/// </summary>
public sealed class ServiceFactory : WebApplicationFactory<Program>
{
    private readonly string? connectionString;

    /// <summary>A service on SQLite in <paramref name="dataFolder"/>, or on PostgreSQL when <paramref name="connectionString"/> is given.</summary>
    public ServiceFactory(string dataFolder, TestClock clock, string? connectionString = null)
    {
        DataFolder = dataFolder;
        Clock = clock;
        this.connectionString = connectionString;
    }

    /// <summary>The data folder.</summary>
    public string DataFolder { get; }

    /// <summary>The server's clock.</summary>
    public TestClock Clock { get; }

    /// <summary>The SQL commands of the service's contexts, kept while recording.</summary>
    public QueryLog Queries { get; } = new();

    /// <summary>The password of every account the tests use.</summary>
    public const string Password = DatabaseSetup.DefaultDemoPassword;

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Governance:DataFolder", DataFolder);
        if (connectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Governance", connectionString);
            builder.UseSetting("Governance:AdminPassword", Password);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
            services.ConfigureDbContext<SqliteGovernanceDb>(o => o.AddInterceptors(Queries));
            services.ConfigureDbContext<PostgresGovernanceDb>(o => o.AddInterceptors(Queries));
        });
    }

    /// <summary>Adds accounts the way an administrator would (a PostgreSQL database seeds none).</summary>
    internal async Task AddAccountAsync(string userName, string role, string? unitCode)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDb>();
        if (db.Accounts.Any(a => a.UserName == userName))
        {
            return;
        }

        var account = new Account { UserName = userName, Role = role, UnitCode = unitCode, PasswordHash = string.Empty };
        account.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Account>>().HashPassword(account, Password);
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
    }

    /// <summary>Runs <paramref name="query"/> on the service's database.</summary>
    internal T Query<T>(Func<GovernanceDb, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<GovernanceDb>());
    }

    /// <summary>A new empty folder under the system's temp folder.</summary>
    public static string NewFolder(string name) => Directory.CreateTempSubdirectory("kh-web-" + name + "-").FullName;
}
