using KhanhHoa.Governance.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>The checked-in migrations of both providers describe the model as it is: a model change without its migrations fails here.</summary>
public sealed class MigrationsTest
{
    [Fact]
    public void The_sqlite_migrations_are_up_to_date_with_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_postgres_migrations_are_up_to_date_with_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.Equal(sqlite.Database.GetMigrations().Select(static m => m[15..]), db.Database.GetMigrations().Select(static m => m[15..]));
    }
}
