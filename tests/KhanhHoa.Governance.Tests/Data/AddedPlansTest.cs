using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks.Import;
using KhanhHoa.Governance.Tests.Tasks.Import;

namespace KhanhHoa.Governance.Tests.Data;

// Issue 22: a host's plans are added to the embedded ones, and a plan without a data set of its own is reported on under
// the province's general monthly rule (seed 004 III.3, "Trước ngày 12 hàng tháng …").
public sealed class AddedPlansTest
{
    private static readonly GovernanceData Embedded = GovernanceData.Default;

    private static KhanhHoa.Governance.Tasks.Plan Draft()
    {
        var file = SeedPlans.Seed("BCĐ-2025");
        return PlanImporter.ImportText(SeedFiles.Read(file), file, Embedded.Agencies, new PlanImportOptions()).GetValueOrThrow().Plan;
    }

    [Fact]
    public void An_added_plan_keeps_the_embedded_ones_and_gets_a_progress_data_set_under_the_general_monthly_rule()
    {
        var draft = Draft();
        var data = Embedded.AddPlans([draft]);

        Assert.Equal([.. Embedded.Plans.Select(static p => p.Id), "QĐ-BCĐ-2025"], data.Plans.Select(static p => p.Id));
        var derived = Assert.Single(data.DataSets.DataSets, static d => d.PlanId == "QĐ-BCĐ-2025");
        var general = Embedded.DataSets.Find("BCD.PROGRESS")!;
        Assert.Same(general, Embedded.DataSets.DefaultProgress);
        Assert.Equal(("QĐ-BCĐ-2025.PROGRESS", general.Recipient, general.Duties, general.Reporters), (derived.Code, derived.Recipient, derived.Duties, derived.Reporters));
        Assert.All(Embedded.DataSets.DataSets, d => Assert.Contains(d, data.DataSets.DataSets));
    }

    [Fact]
    public void A_plan_of_an_embedded_id_replaces_that_one_and_its_data_set_stays()
    {
        var data = Embedded.AddPlans([SeedPlans.ImportText("3433/KH-UBND").Plan]);

        Assert.Equal(Embedded.Plans.Count, data.Plans.Count);
        Assert.Equal("3433.PROGRESS", Assert.Single(data.DataSets.DataSets, static d => d.PlanId == "3433/KH-UBND").Code);
    }

    [Fact]
    public void The_host_plans_alone_still_get_their_data_sets()
    {
        var data = Embedded.WithPlans([Draft()]);

        Assert.Equal(["QĐ-BCĐ-2025"], data.Plans.Select(static p => p.Id));
        Assert.Equal(["QĐ-BCĐ-2025.PROGRESS"], data.DataSets.DataSets.Where(static d => d.PlanId is not null).Select(static d => d.Code));
    }
}
