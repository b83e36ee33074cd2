using System.Text;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks.Import;
using KhanhHoa.Governance.Tests.Hostile;

namespace KhanhHoa.Governance.Tests.Tasks.Import;

/// <summary>The importer under <see cref="HostileInput"/>: a damaged plan text gives a plan or located errors, never an exception.</summary>
[Trait("Category", HostileInput.Category)]
public class PlanImporterHostileTest
{
    // A part of each seed, table and body text, PDF-wrapped text included, keeps one case fast.
    private static readonly byte[][] Seeds =
    [
        Slice("001_765e25d5cbc49dc3.txt", 84, 150),
        Slice("004_7aa614ab00280345.txt", 0, 120),
        Slice("003_3657bd71573e91dc.txt", 0, 140),
        Slice("000_0bdd2bdc59b7db88.txt", 0, 140),
    ];

    [Fact]
    public void A_damaged_plan_text_gives_a_plan_or_located_errors() =>
        HostileInput.Check(
            Seeds,
            bytes => PlanImporter.ImportText(Encoding.UTF8.GetString(bytes), "plan.txt", GovernanceData.Default.Agencies, new PlanImportOptions { PlanId = "X", ContextYear = 2025 }),
            result => result.Success
                ? result.Value.Report.Rows == result.Value.Plan.Tasks.Count ? null : "the report counts other rows than the plan has"
                : result.Errors.All(e => e.Source == "plan.txt" && e.Message.Length > 0) ? null : "an error without its file or message");

    private static byte[] Slice(string seed, int from, int to) =>
        Encoding.UTF8.GetBytes(string.Join('\n', SeedFiles.Read(seed).Split('\n')[from..to]));
}
