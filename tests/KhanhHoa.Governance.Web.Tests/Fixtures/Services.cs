using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Web.Tests.Fixtures;

/// <summary>One running service for a collection of tests, and the units its clerks send for.</summary>
public abstract class RunningService : IDisposable
{
    /// <summary>The day the tests start on: 10/09/2025 09:00, the day before report 2025-09 of the progress data sets is due.</summary>
    public static readonly LocalDateTime Start = new(2025, 9, 10, 9, 0);

    /// <summary>The service.</summary>
    public ServiceFactory Factory { get; protected init; } = null!;

    /// <summary>The units that report the progress data set the tests send (<see cref="Sending.Progress"/>) for 2025-09, in code order; each has a demo account.</summary>
    public IReadOnlyList<string> Units => ProgressReporters(Factory);

    /// <summary>The units of <paramref name="factory"/>'s service that report <see cref="Sending.Progress"/> for 2025-09, by the library's rule.</summary>
    public static IReadOnlyList<string> ProgressReporters(ServiceFactory factory)
    {
        var province = factory.Services.GetRequiredService<Province>();
        var progress = province.DataSets.Find(Sending.Progress)!;
        return province.Desk.ExpectedReporters(progress, progress.ParsePeriod("2025-09").AsT0);
    }

    /// <inheritdoc />
    public virtual void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The service on its embedded SQLite default, demo accounts seeded.</summary>
public sealed class SqliteService : RunningService
{
    /// <summary>Starts it in a new data folder.</summary>
    public SqliteService()
    {
        Factory = new ServiceFactory(ServiceFactory.NewFolder("sqlite"), TestClock.At(Start));
        _ = Factory.Server;
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        base.Dispose();
        Directory.Delete(Factory.DataFolder, recursive: true);
    }
}

/// <summary>The service on a throwaway PostgreSQL cluster: no demo accounts, so the test adds them as an administrator would.</summary>
public sealed class PostgresService : RunningService
{
    private readonly PostgresCluster cluster = new();

    /// <summary>The cluster: a test may create a database of its own on it.</summary>
    public PostgresCluster Cluster => cluster;

    /// <summary>Starts the cluster and the service.</summary>
    public PostgresService()
    {
        Factory = new ServiceFactory(ServiceFactory.NewFolder("pg"), TestClock.At(Start), cluster.ConnectionString("governance"));
        _ = Factory.Server;
        Factory.AddAccountAsync("office", Roles.Office, null).GetAwaiter().GetResult();
        foreach (var unit in Units)
        {
            Factory.AddAccountAsync(unit.ToLowerInvariant(), Roles.Clerk, unit).GetAwaiter().GetResult();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        base.Dispose();
        Directory.Delete(Factory.DataFolder, recursive: true);
        cluster.Dispose();
    }
}

/// <summary>The SQLite collection.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteService>
{
    /// <summary>Its name.</summary>
    public const string Name = "sqlite";
}

/// <summary>The PostgreSQL collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresService>
{
    /// <summary>Its name.</summary>
    public const string Name = "postgres";
}
