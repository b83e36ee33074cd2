using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;

namespace KhanhHoa.Governance.Web.Drafting;

/// <summary>
/// The month's rollup on a dossier export the office uploads (CSV, JSON lines or Excel, told apart by the library's
/// <see cref="DossierFileReader"/>; a column map for an export whose columns are named or ordered otherwise), read in
/// the background with a progress indicator; the engine's counters are stored with the upload, or every error, located,
/// when the file cannot be read (nothing half loaded). Each upload leaves an audit row (<see cref="AuditActions.Import"/>).
/// </summary>
internal sealed class DossierRollups(IServiceScopeFactory scopes, Province province, Today today, IClock clock, ILogger<DossierRollups> logger)
{
    /// <summary>The most errors kept of a rejected file.</summary>
    public const int MaxErrors = 200;

    private readonly ConcurrentDictionary<Guid, DossierJob> jobs = new();

    /// <summary>Starts reading <paramref name="content"/> for <paramref name="periodId"/> (already checked); returns the job's key.</summary>
    public Guid Start(string periodId, string fileName, byte[] content, byte[]? columnMap, string actor)
    {
        var id = Guid.NewGuid();
        var job = new DossierJob(periodId);
        jobs[id] = job;
        job.Completion = Task.Run(() => RunAsync(job, fileName, content, columnMap, actor));
        return id;
    }

    /// <summary>A job of this process, or <see langword="null"/>.</summary>
    public DossierJob? Find(Guid id) => jobs.GetValueOrDefault(id);

    private async Task RunAsync(DossierJob job, string fileName, byte[] content, byte[]? columnMap, string actor)
    {
        var receivedAt = clock.GetCurrentInstant();
        var errors = new List<string>();
        var partial = Array.Empty<byte>();
        long count = 0;
        try
        {
            if (Roll(job, fileName, content, columnMap, errors) is { } rolled)
            {
                partial = RollupPartialBinary.ToBytes(rolled);
                count = rolled.DossierCount;
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException)
        {
            // A file the readers do not expect still gets an answer, never a half-stored rollup.
            logger.LogWarning(e, "dossier export {File} could not be read", fileName);
            errors.Add($"Không đọc được tệp {fileName}: {e.Message}");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDb>();
        var upload = new DossierUpload
        {
            PeriodId = job.PeriodId,
            FileName = fileName.Length <= 260 ? fileName : fileName[..260],
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            UploadedBy = actor,
            UploadedAt = receivedAt,
            Outcome = errors.Count == 0 ? Outcomes.Accepted : Outcomes.Rejected,
            DossierCount = count,
            Errors = string.Join('\n', errors),
            Partial = errors.Count == 0 ? partial : [],
        };
        db.DossierUploads.Add(upload);
        await db.SaveChangesAsync().ConfigureAwait(false);
        await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync(actor, AuditActions.Import, null, upload.Outcome,
            string.Create(CultureInfo.InvariantCulture, $"hồ sơ TTHC kỳ {job.PeriodId}: {upload.FileName} ({count} hồ sơ, {errors.Count} lỗi)")).ConfigureAwait(false);
        job.Finish(upload.Id, errors);
    }

    // Reading is most of the work: it moves the indicator to 90%, the engine the rest.
    private RollupPartial? Roll(DossierJob job, string fileName, byte[] content, byte[]? columnMap, List<string> errors)
    {
        DossierColumnMap? map = null;
        if (columnMap is not null)
        {
            var loaded = GovernanceDataLoader.LoadDossierColumnMap(columnMap);
            if (!loaded.TryGetValue(out map))
            {
                errors.AddRange(loaded.Errors.Take(MaxErrors).Select(static e => "Tệp ánh xạ cột, " + Describe(e)));
                return null;
            }
        }

        var engine = MonthRollup.Engine(province, MonthRollup.Period(job.PeriodId), today.Date);
        var options = DossierReadOptions.ForUnits(province.Data.OrgUnits.Units) with
        {
            ColumnMap = map,
            MaxErrorsReported = MaxErrors,
            Progress = new BytesRead(job, content.Length),
        };
        using var stream = new MemoryStream(content, writable: false);
        var read = DossierFileReader.Read(stream, fileName, options);
        if (!read.TryGetValue(out var store))
        {
            errors.AddRange(read.Errors.Select(Describe));
            if (read.ErrorCount > read.Errors.Count)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"… và {read.ErrorCount - read.Errors.Count} lỗi khác."));
            }

            return null;
        }

        var aggregated = engine.Aggregate(store);
        if (!aggregated.TryGetValue(out var partial))
        {
            errors.AddRange(aggregated.Errors.Take(MaxErrors).Select(Describe));
            return null;
        }

        return partial;
    }

    private static string Describe(InputError error) => SubmissionMessages.Describe(error, MessageLanguage.Vietnamese);

    private sealed class BytesRead(DossierJob job, long length) : IProgress<long>
    {
        public void Report(long value) => job.Report(length == 0 ? 0 : 0.9 * value / length);
    }
}
