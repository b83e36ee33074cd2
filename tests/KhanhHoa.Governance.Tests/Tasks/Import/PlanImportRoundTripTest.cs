using KhanhHoa.Governance.Data;

namespace KhanhHoa.Governance.Tests.Tasks.Import;

/// <summary>Importing the seed documents' text gives the embedded plans, field by field (notes aside).</summary>
public class PlanImportRoundTripTest
{
    [Theory]
    [MemberData(nameof(SeedPlans.TableSeeds), MemberType = typeof(SeedPlans))]
    [MemberData(nameof(SeedPlans.BodySeeds), MemberType = typeof(SeedPlans))]
    public void The_seed_text_imports_as_the_embedded_plan(string planId)
    {
        var embedded = GovernanceData.Default.FindPlan(planId)!;

        var imported = SeedPlans.ImportText(planId).Plan;

        Assert.Equal(planId, imported.Id);
        Assert.Equal(embedded.ContextYear, imported.ContextYear);
        Assert.Equal(embedded.Tasks.Select(t => t.Id), imported.Tasks.Select(t => t.Id));
        foreach (var (hand, read) in embedded.Tasks.Zip(imported.Tasks))
        {
            Assert.Equal(SeedPlans.Describe(hand, hand), SeedPlans.Describe(read, hand));
        }
    }
}
