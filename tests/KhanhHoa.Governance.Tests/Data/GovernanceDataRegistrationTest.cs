using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Tests.Data;

public sealed class GovernanceDataRegistrationTest
{
    [Fact]
    public void The_embedded_data_and_its_parts_resolve()
    {
        using var provider = new ServiceCollection().AddKhanhHoaGovernance().BuildServiceProvider();

        Assert.Same(GovernanceData.Default, provider.GetRequiredService<GovernanceData>());
        Assert.Same(GovernanceData.Default.Agencies, provider.GetRequiredService<AgencyRegistry>());
        Assert.Same(GovernanceData.Default.OrgUnits, provider.GetRequiredService<OrgHierarchy>());
        Assert.Same(GovernanceData.Default.Indicators, provider.GetRequiredService<KhanhHoa.Governance.Indicators.IndicatorCatalog>());
    }

    [Fact]
    public void A_registry_registered_before_wins()
    {
        var own = AgencyRegistry.Create([new Agency { Code = "X", Name = "Sở X", EnglishName = "X", Kind = AgencyKind.ProvincialDepartment }]).Value;
        using var provider = new ServiceCollection().AddSingleton(own).AddKhanhHoaGovernance().BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<AgencyRegistry>());
    }
}
