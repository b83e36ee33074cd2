#region usings
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Tasks.Import;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>docs/plans.md: a plan's document becomes the plan's tasks.</summary>
public sealed class PlanImportExample
{
    [Fact]
    public void Imports_plan_3433_from_its_text_as_the_embedded_plan()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Seeds");

        #region example
        var agencies = GovernanceData.Default.Agencies;
        // Plan 3433/KH-UBND as text; a Word file (.docx) is read the same way, told by its bytes.
        var imported = PlanFileReader.ReadFile(Path.Combine(folder, "001_765e25d5cbc49dc3.txt"), agencies);
        if (!imported.Success)
        {
            foreach (var error in imported.Errors)
            {
                Console.Error.WriteLine(error);   // 001_765e25d5cbc49dc3.txt, line 93: …
            }

            return;
        }

        var data = GovernanceData.Default.WithPlans([imported.Value.Plan]);
        #endregion

        Assert.Equal("3433/KH-UBND", imported.Value.Plan.Id);
        Assert.Equal(GovernanceData.Default.Plans.Single(p => p.Id == "3433/KH-UBND").Tasks.Count, data.Plans.Single().Tasks.Count);
    }
}
