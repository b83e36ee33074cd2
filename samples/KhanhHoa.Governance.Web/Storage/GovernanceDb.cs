using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Storage;

/// <summary>
/// The service's database: accounts, submission versions, the office's reviews, the audit table, the dossier exports rolled up and the plans imported. One model; each
/// provider has its own context (<see cref="SqliteGovernanceDb"/>, <see cref="PostgresGovernanceDb"/>) and migration set,
/// since the column types differ (NodaTime instants are native on PostgreSQL, converted on SQLite).
/// </summary>
internal abstract class GovernanceDb(DbContextOptions options) : DbContext(options)
{
    /// <summary>The accounts.</summary>
    public DbSet<Account> Accounts => Set<Account>();

    /// <summary>Every file received, never updated.</summary>
    public DbSet<SubmissionVersion> Submissions => Set<SubmissionVersion>();

    /// <summary>The office's decisions.</summary>
    public DbSet<SubmissionReview> Reviews => Set<SubmissionReview>();

    /// <summary>The audit table.</summary>
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    /// <summary>The dossier exports the office uploaded, each read and rolled up once.</summary>
    public DbSet<DossierUpload> DossierUploads => Set<DossierUpload>();

    /// <summary>The plans the office imported.</summary>
    public DbSet<ImportedPlan> ImportedPlans => Set<ImportedPlan>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var account = modelBuilder.Entity<Account>();
        account.Property(a => a.UserName).HasMaxLength(64);
        account.Property(a => a.UnitCode).HasMaxLength(64);
        account.Property(a => a.Role).HasMaxLength(16);
        account.HasIndex(a => a.UserName).IsUnique().HasDatabaseName("ix_accounts_user_name");

        var version = modelBuilder.Entity<SubmissionVersion>();
        version.Property(s => s.Receipt).HasMaxLength(32);
        version.Property(s => s.UnitCode).HasMaxLength(64);
        version.Property(s => s.DataSetCode).HasMaxLength(64);
        version.Property(s => s.PeriodId).HasMaxLength(16);
        version.Property(s => s.SentBy).HasMaxLength(64);
        version.Property(s => s.Sha256).HasMaxLength(64);
        version.Property(s => s.FileName).HasMaxLength(260);
        version.Property(s => s.Outcome).HasMaxLength(16);
        version.HasIndex(s => s.Receipt).IsUnique().HasDatabaseName("ix_submissions_receipt");
        // The office's status page: a period's versions of a data set; the unit's history; and the version sequence itself.
        version.HasIndex(s => new { s.PeriodId, s.DataSetCode, s.UnitCode, s.Version }).IsUnique().HasDatabaseName("ix_submissions_period_data_set_unit_version");
        version.HasIndex(s => new { s.UnitCode, s.Id }).HasDatabaseName("ix_submissions_unit_id");
        // The versions that count (the status page's period, the overdue tasks' every period): covering, so neither the
        // rows nor the files' bytes are read to find them (on SQLite the outcome sits after the bytes in the row).
        version.HasIndex(s => new { s.Outcome, s.PeriodId, s.DataSetCode, s.UnitCode, s.Version, s.Id }).HasDatabaseName("ix_submissions_outcome_period");

        var review = modelBuilder.Entity<SubmissionReview>();
        review.Property(r => r.Decision).HasMaxLength(16);
        review.Property(r => r.ReviewedBy).HasMaxLength(64);
        review.HasOne<SubmissionVersion>().WithMany().HasForeignKey(r => r.SubmissionVersionId).OnDelete(DeleteBehavior.Restrict);
        review.HasIndex(r => new { r.SubmissionVersionId, r.Id }).HasDatabaseName("ix_reviews_version_id");

        var audit = modelBuilder.Entity<AuditEntry>();
        audit.Property(a => a.Actor).HasMaxLength(64);
        audit.Property(a => a.Action).HasMaxLength(16);
        audit.Property(a => a.UnitCode).HasMaxLength(64);
        audit.Property(a => a.Result).HasMaxLength(16);
        audit.HasIndex(a => new { a.Action, a.Id }).HasDatabaseName("ix_audit_action_id");

        var upload = modelBuilder.Entity<DossierUpload>();
        upload.Property(u => u.PeriodId).HasMaxLength(16);
        upload.Property(u => u.FileName).HasMaxLength(260);
        upload.Property(u => u.Sha256).HasMaxLength(64);
        upload.Property(u => u.UploadedBy).HasMaxLength(64);
        upload.Property(u => u.Outcome).HasMaxLength(16);
        upload.HasIndex(u => new { u.PeriodId, u.Id }).HasDatabaseName("ix_dossier_uploads_period_id");

        var plan = modelBuilder.Entity<ImportedPlan>();
        plan.Property(p => p.PlanId).HasMaxLength(128);
        plan.Property(p => p.FileName).HasMaxLength(260);
        plan.Property(p => p.Sha256).HasMaxLength(64);
        plan.Property(p => p.ImportedBy).HasMaxLength(64);
    }
}
