using KhanhHoa.Governance.Testing;
using NetArchTest.Rules;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>
/// The demo is one part of the host: made-up data (the Testing package's synthetic dossiers) is reached from the
/// <c>Demo</c> namespace alone, so the host's main path is the one a provincial system copies.
/// </summary>
public sealed class DemoBoundaryTest
{
    private const string Demo = "KhanhHoa.Governance.Sample.Demo";

    [Fact]
    public void Only_the_demo_uses_the_Testing_package()
    {
        var outside = Types.InAssembly(typeof(SampleHost).Assembly).That().DoNotResideInNamespace(Demo)
            .And().DoNotHaveNameStartingWith("<")   // the compiler's own types (the entry point's closure)
            .ShouldNot().HaveDependencyOn(typeof(SyntheticDossiers).Namespace).GetResult();

        Assert.True(outside.IsSuccessful, "outside the demo: " + string.Join(", ", outside.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_demo_is_where_the_Testing_package_is_used() =>
        Assert.False(Types.InAssembly(typeof(SampleHost).Assembly).That().ResideInNamespace(Demo)
            .ShouldNot().HaveDependencyOn(typeof(SyntheticDossiers).Namespace).GetResult().IsSuccessful);
}
