using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Storage;

/// <summary>PostgreSQL through Npgsql: instants are <c>timestamptz</c>, local times <c>timestamp</c> (its NodaTime plugin).</summary>
internal sealed class PostgresGovernanceDb(DbContextOptions<PostgresGovernanceDb> options) : GovernanceDb(options);
