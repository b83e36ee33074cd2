using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KhanhHoa.Governance.Web.Storage;

/// <summary>The embedded default: a SQLite file. Instants are stored as Unix ticks (ordered), local times as ISO text.</summary>
internal sealed class SqliteGovernanceDb(DbContextOptions<SqliteGovernanceDb> options) : GovernanceDb(options)
{
    // SQLite has one writer at a time; writers queue here instead of polling the file lock (which sleeps and retries).
    private static readonly SemaphoreSlim Writer = new(1, 1);

    /// <inheritdoc />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await Writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Writer.Release();
        }
    }

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
