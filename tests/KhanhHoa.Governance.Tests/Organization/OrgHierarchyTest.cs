using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;

using NodaTime;

namespace KhanhHoa.Governance.Tests.Organization;

public sealed class OrgHierarchyTest
{
    private static readonly OrgHierarchy Hierarchy = GovernanceData.Default.OrgUnits;
    private static readonly LocalDate Before = new(2025, 6, 30);
    private static readonly LocalDate After = new(2025, 7, 1);

    private static bool IsCommuneLevel(OrgUnit u) => u.Kind is OrgUnitKind.Commune or OrgUnitKind.Ward or OrgUnitKind.SpecialZone or OrgUnitKind.Township;

    [Fact]
    public void From_1_July_2025_there_are_65_commune_level_units_48_xa_16_phuong_1_dac_khu()
    {
        var tree = Hierarchy.AsOf(After);
        var units = tree.ChildrenOf("KHANH_HOA").Where(IsCommuneLevel).ToList();

        Assert.Equal(65, units.Count);
        Assert.Equal(48, units.Count(u => u.Kind == OrgUnitKind.Commune));
        Assert.Equal(16, units.Count(u => u.Kind == OrgUnitKind.Ward));
        Assert.Single(units, u => u.Kind == OrgUnitKind.SpecialZone);
        Assert.Single(tree.Roots);
        Assert.DoesNotContain(tree.Units, u => u.Kind == OrgUnitKind.District);
    }

    [Fact]
    public void Before_1_July_2025_there_are_two_provinces_and_their_districts()
    {
        var tree = Hierarchy.AsOf(Before);

        Assert.Equal(["KHANH_HOA", "NINH_THUAN"], tree.Roots.Select(u => u.Code).Order(StringComparer.Ordinal));
        Assert.Equal(16, tree.Units.Count(u => u.Kind == OrgUnitKind.District));
        Assert.DoesNotContain(tree.Units, u => u.Code == "xa.nam-cam-ranh");
        Assert.Contains(tree.ChildrenOf("old.tp-phan-rang-thap-cham"), u => u.Code == "old.tp-phan-rang-thap-cham.p-dong-hai");
    }

    [Fact]
    public void Partial_successions_are_marked_as_parts()
    {
        var camHoa = Hierarchy.SuccessorsOf("old.h-cam-lam.xa-cam-hoa");

        Assert.Equal(["xa.cam-hiep", "xa.cam-lam", "xa.suoi-dau"], camHoa.Select(s => s.SuccessorCode).Order(StringComparer.Ordinal));
        Assert.All(camHoa, s => Assert.Equal(SuccessionShare.Part, s.Share));
        Assert.Equal(SuccessionShare.Whole, Assert.Single(Hierarchy.SuccessorsOf("old.tp-cam-ranh.xa-cam-lap")).Share);
    }

    [Fact]
    public void Rebase_moves_whole_units_and_keeps_split_ones_unallocated()
    {
        var result = Hierarchy.Rebase(
            [new("old.tp-cam-ranh.xa-cam-lap", 10), new("old.tp-cam-ranh.xa-cam-binh", 5), new("old.h-cam-lam.xa-cam-hoa", 7), new("xa.nam-cam-ranh", 1), new("nowhere", 2)],
            After);

        Assert.Equal(16, result.Figures["xa.nam-cam-ranh"]);
        Assert.Equal(2, result.Unallocated.Count);
        var camHoa = Assert.Single(result.Unallocated, u => u.UnitCode == "old.h-cam-lam.xa-cam-hoa");
        Assert.Equal(3, camHoa.Candidates.Count);
        Assert.Equal(16 + 7 + 2, result.Figures.Values.Sum() + result.Unallocated.Sum(u => u.Value));
    }

    [Fact]
    public void Validation_finds_duplicates_missing_parents_and_cycles()
    {
        OrgUnit[] units =
        [
            new() { Code = "A", Name = "A", ParentCode = "B" },
            new() { Code = "B", Name = "B", ParentCode = "A" },
            new() { Code = "C", Name = "C", ParentCode = "Z" },
            new() { Code = "C", Name = "C again" },
        ];

        var created = OrgHierarchy.Create(units, [new OrgSuccession("C", "Q", After, SuccessionShare.Whole)]);

        Assert.False(created.Success);
        Assert.Contains(created.Errors, e => e.Message.Contains("duplicate unit code 'C'", StringComparison.Ordinal));
        Assert.Contains(created.Errors, e => e.Message.Contains("parent 'Z'", StringComparison.Ordinal));
        Assert.Contains(created.Errors, e => e.Message.Contains("cycle", StringComparison.Ordinal) && e is { Field: "units", Line: 1 });
        Assert.Contains(created.Errors, e => e is { Field: "successions", Line: 1 });
    }

    // One place checks parents (ParentLinks): each chain is walked once, so a 100,000-unit chain is checked in linear
    // time (a walk per unit would take 5·10⁹ steps); OrgHierarchyBenchmarks measures the 10,000 and 100,000 chains.
    [Fact]
    public void A_chain_of_100_000_units_validates_and_a_cycle_through_all_of_them_is_reported_once_per_unit()
    {
        const int Length = 100_000;
        var chain = Enumerable.Range(0, Length)
            .Select(static i => new OrgUnit { Code = $"U{i}", Name = "u", ParentCode = i == 0 ? null : $"U{i - 1}" })
            .ToArray();

        Assert.Empty(OrgHierarchy.Validate(chain, []));
        // The root now names the last unit: every unit is on one cycle.
        chain[0] = chain[0] with { ParentCode = $"U{Length - 1}" };
        var problems = OrgHierarchy.Validate(chain, []);

        Assert.Equal(Length, problems.Count);
        Assert.All(problems, static p => Assert.Contains("is part of a cycle of parents", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Units_leading_into_a_cycle_are_reported_and_their_message_does_not_list_the_chain()
    {
        OrgUnit[] units =
        [
            new() { Code = "ROOT", Name = "r" },
            new() { Code = "A", Name = "a", ParentCode = "B" },
            new() { Code = "B", Name = "b", ParentCode = "A" },
            new() { Code = "C", Name = "c", ParentCode = "A" },
            new() { Code = "D", Name = "d", ParentCode = "ROOT" },
            new() { Code = "E", Name = "e", ParentCode = "MISSING" },
            new() { Code = "F", Name = "f", ParentCode = "E" },
        ];

        var problems = OrgHierarchy.Create(units, []).Errors;

        Assert.Equal(
            ["unit 'A' is part of a cycle of parents", "unit 'B' is part of a cycle of parents", "unit 'C' is part of a cycle of parents", "unit 'E' has parent 'MISSING', which does not exist"],
            problems.Select(static p => p.Message));
    }
}
