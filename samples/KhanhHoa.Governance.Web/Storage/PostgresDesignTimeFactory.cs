using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KhanhHoa.Governance.Web.Storage;

/// <summary>For <c>dotnet ef migrations add … --context PostgresGovernanceDb</c>: no database is opened.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGovernanceDb>
{
    /// <inheritdoc />
    public PostgresGovernanceDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGovernanceDb>().UseNpgsql("Host=localhost", o => o.UseNodaTime()).Options);
}
