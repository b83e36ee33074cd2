using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KhanhHoa.Governance.Web.Storage;

/// <summary>The embedded default: a SQLite file. Instants are stored as Unix ticks (ordered), local times as ISO text.</summary>
internal sealed class SqliteGovernanceDb(DbContextOptions<SqliteGovernanceDb> options) : GovernanceDb(options)
{
    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Instant>().HaveConversion<InstantTicks>();
        configurationBuilder.Properties<LocalDateTime>().HaveConversion<LocalDateTimeText>();
    }

    private sealed class InstantTicks() : ValueConverter<Instant, long>(i => i.ToUnixTimeTicks(), t => Instant.FromUnixTimeTicks(t));

    private sealed class LocalDateTimeText() : ValueConverter<LocalDateTime, string>(
        d => NodaTime.Text.LocalDateTimePattern.ExtendedIso.Format(d),
        s => NodaTime.Text.LocalDateTimePattern.ExtendedIso.Parse(s).Value);
}
