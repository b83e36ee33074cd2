using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Tasks.Import;

namespace KhanhHoa.Governance.Tests.Tasks.Import;

/// <summary>The seed documents whose task tables the importer reads, with what each needs from the caller.</summary>
internal static class SeedPlans
{
    /// <summary>Plan id → seed file and the options the document cannot give (a draft's blank number).</summary>
    public static TheoryData<string> TableSeeds => ["3433/KH-UBND", "BCĐ-2025"];

    /// <summary>The seeds that assign tasks in body text ("Cơ quan chủ trì: …").</summary>
    public static TheoryData<string> BodySeeds => ["954/QĐ-UBND", "UBND-KGVX-2025-08"];

    public static string Seed(string planId) => planId switch
    {
        "3433/KH-UBND" => "001_765e25d5cbc49dc3.txt",
        "BCĐ-2025" => "004_7aa614ab00280345.txt",
        "954/QĐ-UBND" => "003_3657bd71573e91dc.txt",
        "UBND-KGVX-2025-08" => "000_0bdd2bdc59b7db88.txt",
        _ => throw new ArgumentOutOfRangeException(nameof(planId), planId, "not a table seed"),
    };

    // The drafts leave their number blank; the letter's date has no day either, so its year is given.
    public static PlanImportOptions Options(string planId) => planId switch
    {
        "BCĐ-2025" => new PlanImportOptions { PlanId = planId },
        "UBND-KGVX-2025-08" => new PlanImportOptions { PlanId = planId, ContextYear = 2025 },
        _ => new PlanImportOptions(),
    };

    public static PlanImport ImportText(string planId) =>
        PlanImporter.ImportText(SeedFiles.Read(Seed(planId)), Seed(planId), GovernanceData.Default.Agencies, Options(planId)).GetValueOrThrow();

    /// <summary>
    /// Every field of a row the importer reads from the document, notes excluded (readers add notes by hand). The
    /// agencies of a cell whose reading a reader overrode by hand (<paramref name="embedded"/>'s cell has a note) are left out.
    /// </summary>
    public static string Describe(PlanTask t, PlanTask embedded) => string.Join(" | ",
        t.Id, t.ParentId, t.Label, t.Text, t.Content, t.Lead?.Text, Codes(t.Lead, embedded.Lead), t.Coordinating?.Text, Codes(t.Coordinating, embedded.Coordinating),
        t.ExpectedResult, t.DeadlineText, t.Deadline?.Kind, t.Deadline?.DueDate, t.Remark, t.Source.Line);

    private static string? Codes(AgencyCell? cell, AgencyCell? embedded) => cell is null || embedded?.Note is not null ? null : string.Join(",", cell.AgencyCodes);
}
