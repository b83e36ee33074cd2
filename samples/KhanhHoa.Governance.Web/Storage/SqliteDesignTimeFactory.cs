using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KhanhHoa.Governance.Web.Storage;

/// <summary>For <c>dotnet ef migrations add … --context SqliteGovernanceDb</c>: no database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovernanceDb>
{
    /// <inheritdoc />
    public SqliteGovernanceDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGovernanceDb>().UseSqlite("Data Source=design.db").Options);
}
