using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Tests.Tasks.Import;

namespace KhanhHoa.Governance.Tests.Data;

/// <summary>Written plans load back as they were: the embedded plans, and plans imported from the seed documents.</summary>
public class PlanJsonWriterTest
{
    [Fact]
    public void The_embedded_plans_written_and_loaded_again_are_the_same()
    {
        var plans = GovernanceData.Default.Plans;

        var again = GovernanceDataLoader.LoadPlans(PlanJsonWriter.Write(plans), GovernanceData.Default.Agencies).GetValueOrThrow();

        Assert.Equal(plans.SelectMany(p => p.Tasks.Select(t => Describe(p, t))), again.SelectMany(p => p.Tasks.Select(t => Describe(p, t))));
        Assert.Equal(plans.Select(p => (p.Id, p.Directive.Number, p.Directive.IssuedOn, p.Directive.Subject, string.Join("|", p.Notes))), again.Select(p => (p.Id, p.Directive.Number, p.Directive.IssuedOn, p.Directive.Subject, string.Join("|", p.Notes))));
    }

    [Theory]
    [MemberData(nameof(SeedPlans.TableSeeds), MemberType = typeof(SeedPlans))]
    public void An_imported_plan_written_and_loaded_again_is_the_same(string planId)
    {
        var imported = SeedPlans.ImportText(planId).Plan;

        var again = GovernanceDataLoader.LoadPlans(PlanJsonWriter.Write([imported]), GovernanceData.Default.Agencies).GetValueOrThrow().Single();

        Assert.Equal(imported.Tasks.Select(t => Describe(imported, t)), again.Tasks.Select(t => Describe(again, t)));
    }

    private static string Describe(Plan plan, PlanTask t) =>
        $"{plan.Id} {SeedPlans.Describe(t, t)} {t.Source.Document} {t.Source.Section} {string.Join("|", t.Notes)} {t.Lead?.Note} {t.Coordinating?.Note}";
}
