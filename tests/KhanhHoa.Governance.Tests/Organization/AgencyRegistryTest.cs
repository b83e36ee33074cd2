using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Tests.Organization;

public sealed class AgencyRegistryTest
{
    private static readonly AgencyRegistry Registry = GovernanceData.Default.Agencies;

    [Theory]
    [InlineData("Sở Công thương", "SO_CT")]
    [InlineData("Sở Công Thương", "SO_CT")]
    [InlineData("SO CONG THUONG", "SO_CT")]
    [InlineData("Chi cục thuế khu vực XIII", "THUE_KV13")]
    [InlineData("Chi cục thuế khu vực 13", "THUE_KV13")]
    [InlineData("Thuế tỉnh", "THUE_KV13")]
    [InlineData("Sở,ban,ngành, địa phương", "DEPARTMENTS_AND_LOCALITIES")]
    [InlineData("Văn phòng UBND tỉnh.", "VP_UBND")]
    public void Resolves_the_ways_the_seeds_write_an_agency(string text, string code) =>
        Assert.Equal(code, Registry.Resolve(text)?.Code);

    [Fact]
    public void Nfd_text_resolves_like_nfc() =>
        Assert.Equal("SO_KHCN", Registry.Resolve("Sở Khoa học và Công nghệ".Normalize(System.Text.NormalizationForm.FormD))?.Code);

    [Fact]
    public void A_cell_keeps_qualifiers_and_order()
    {
        var cell = Registry.ResolveCell("Sở Nội vụ (đối tượng người có công);\nSở Y tế (đối tượng bảo trợ xã hội).");

        Assert.True(cell.IsFullyResolved);
        Assert.Equal(["SO_NV", "SO_YT"], cell.AgencyCodes);
        Assert.Equal("đối tượng người có công", cell.References[0].Qualifier);
        Assert.Equal("đối tượng bảo trợ xã hội", cell.References[1].Qualifier);
        Assert.Equal("Sở Nội vụ", cell.References[0].Text);
    }

    [Fact]
    public void Trailing_lien_quan_is_a_qualifier_of_the_collective()
    {
        var cell = Registry.ResolveCell("Sở Khoa học và Công nghệ và các sở, ngành liên quan.");

        Assert.Equal(["SO_KHCN", "DEPARTMENTS"], cell.AgencyCodes);
        Assert.Equal("liên quan", cell.References[1].Qualifier);
    }

    [Fact]
    public void Unknown_words_are_reported_not_guessed()
    {
        var cell = Registry.ResolveCell("Sở Y tế; Hội Chữ thập đỏ tỉnh");

        Assert.Equal(["SO_YT"], cell.AgencyCodes);
        Assert.Equal(["Hội Chữ thập đỏ tỉnh"], cell.Unresolved);
        Assert.False(cell.IsFullyResolved);
    }

    [Fact]
    public void Validation_reports_duplicate_codes_and_shared_aliases()
    {
        Agency Make(string code, params string[] aliases) => new() { Code = code, Name = code + " name", EnglishName = code, Kind = AgencyKind.ProvincialDepartment, Aliases = aliases };

        var created = AgencyRegistry.Create([Make("A", "x"), Make("A"), Make("B", "X")]);

        Assert.False(created.Success);
        Assert.Contains(created.Errors, e => e.Message.Contains("duplicate agency code 'A'", StringComparison.Ordinal));
        Assert.Contains(created.Errors, e => e.Message.Contains("'X' belongs to both", StringComparison.Ordinal) && e.Field == "agencies");
    }

    [Property(MaxTest = 200)]
    public Property Resolving_any_text_never_throws() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var cell = Registry.ResolveCell(text ?? string.Empty);
            return cell.References.Count + cell.Unresolved.Count >= 0 && (Registry.Resolve(text ?? string.Empty) is null || cell.References.Count > 0);
        });

    // Issue 25: an agency that is also a reporting unit has one name, so a report's task tables (agencies) and its
    // figure tables (units) name it alike; the registry resolves what the plans printed before to it.
    [Fact]
    public void A_reporting_unit_that_is_an_agency_has_the_agencys_name()
    {
        var shared = GovernanceData.Default.OrgUnits.Units.Where(u => Registry.FindByCode(u.Code) is not null).ToList();

        Assert.Contains(shared, static u => u.Code == "BHXH_KV24");
        Assert.All(shared, u => Assert.Equal(Registry.FindByCode(u.Code)!.Name, u.Name));
        Assert.Equal("THUE_KV13", Registry.Resolve("Chi cục thuế khu vực XIII")?.Code);
        Assert.Equal("NHNN_KV10", Registry.Resolve("Ngân hàng nhà nước khu vực 10")?.Code);
    }
}
