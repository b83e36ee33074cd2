using System.Globalization;
using System.Security.Cryptography;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Tasks.Import;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Drafting;

/// <summary>
/// Plans imported from their Word file or text by the library's <see cref="PlanFileReader"/> (told by the bytes): a preview first, then, once the office confirms, the plan stored and added to
/// the province with its progress data set (as the console host's <c>--plans</c>); stored plans are added again on start.
/// </summary>
internal sealed class PlanImports(Province province, GovernanceDb db, AuditLog audit, IClock clock)
{
    /// <summary>Reads the plan of <paramref name="content"/> (Word or UTF-8 text); nothing is stored.</summary>
    public InputResult<PlanImport> Preview(string fileName, byte[] content, string? planId, int? year)
    {
        var options = new PlanImportOptions { PlanId = string.IsNullOrWhiteSpace(planId) ? null : planId.Trim(), ContextYear = year };
        return PlanFileReader.Read(content, fileName, province.Data.Agencies, options);
    }

    /// <summary>Imports again what was previewed, stores it and adds it to the province; the errors when it no longer reads.</summary>
    public async Task<InputResult<PlanImport>> SaveAsync(string fileName, byte[] content, string? planId, int? year, string actor, CancellationToken cancellationToken)
    {
        var imported = Preview(fileName, content, planId, year);
        if (!imported.TryGetValue(out var import))
        {
            return imported;
        }

        var plan = import.Plan;
        db.ImportedPlans.Add(new ImportedPlan
        {
            PlanId = plan.Id,
            FileName = fileName.Length <= 260 ? fileName : fileName[..260],
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            ImportedBy = actor,
            ImportedAt = clock.GetCurrentInstant(),
            PlanJson = PlanJsonWriter.Write([plan]),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        province.AddPlans([plan]);
        await audit.WriteAsync(actor, AuditActions.Import, null, "ok", string.Create(CultureInfo.InvariantCulture,
            $"kế hoạch {plan.Id} từ {fileName}: {plan.Tasks.Count} nhiệm vụ"), cancellationToken).ConfigureAwait(false);
        return imported;
    }

    /// <summary>Adds the stored plans to the province, the last import of each id winning; a plan that no longer loads stops the start.</summary>
    public static async Task RestoreAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDb>();
        var province = scope.ServiceProvider.GetRequiredService<Province>();
        var stored = await db.ImportedPlans.AsNoTracking().OrderBy(static p => p.Id).ToListAsync().ConfigureAwait(false);
        foreach (var row in stored)
        {
            var plans = GovernanceDataLoader.LoadPlans(row.PlanJson, province.Data.Agencies);
            province.AddPlans(plans.TryGetValue(out var loaded)
                ? loaded
                : throw new InvalidOperationException($"imported plan {row.PlanId} (row {row.Id}): " + string.Join("; ", plans.Errors)));
        }
    }
}
