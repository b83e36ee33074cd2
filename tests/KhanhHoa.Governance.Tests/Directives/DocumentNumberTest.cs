using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Directives;

namespace KhanhHoa.Governance.Tests.Directives;

public sealed class DocumentNumberTest
{
    [Theory]
    [InlineData("3433/KH-UBND", DocumentNumberForm.Administrative, "3433", null, DocumentType.Plan, "UBND", null)]
    [InlineData("2841/CAT-PCSQLHC", DocumentNumberForm.OfficialLetter, "2841", null, DocumentType.OfficialLetter, "CAT", "PCSQLHC")]
    [InlineData("02/2024/NQ-HĐND", DocumentNumberForm.Normative, "02", 2024, DocumentType.Resolution, "HĐND", null)]
    [InlineData("45/2019/QH14", DocumentNumberForm.Normative, "45", 2019, null, "QH14", null)]
    [InlineData("66.7/2025/NQ-CP", DocumentNumberForm.Normative, "66.7", 2025, DocumentType.Resolution, "CP", null)]
    [InlineData("57-NQ/TW", DocumentNumberForm.Party, "57", null, DocumentType.Resolution, "TW", null)]
    [InlineData("012/CT-UBND", DocumentNumberForm.Administrative, "012", null, DocumentType.Directive, "UBND", null)]
    [InlineData("/UBND-KGVX", DocumentNumberForm.OfficialLetter, null, null, DocumentType.OfficialLetter, "UBND", "KGVX")]
    [InlineData("423/TTr-SKHCCN", DocumentNumberForm.Administrative, "423", null, DocumentType.Submission, "SKHCCN", null)]
    [InlineData("6559/KHPH-TCTĐA06CP-TCTĐA06KH", DocumentNumberForm.OfficialLetter, "6559", null, DocumentType.OfficialLetter, "KHPH", "TCTĐA06CP-TCTĐA06KH")]
    [InlineData("6668/TCTĐA06", DocumentNumberForm.OfficialLetter, "6668", null, DocumentType.OfficialLetter, "TCTĐA06", null)]
    [InlineData("1667/NQ-UBTVQH15", DocumentNumberForm.Administrative, "1667", null, DocumentType.Resolution, "UBTVQH15", null)]
    [InlineData("02-KH/BCĐTW", DocumentNumberForm.Party, "02", null, DocumentType.Plan, "BCĐTW", null)]
    [InlineData("126/QĐ-BCĐCP", DocumentNumberForm.Administrative, "126", null, DocumentType.Decision, "BCĐCP", null)]
    public void Every_form_of_the_seeds_and_Decree_30_parses_and_round_trips(string text, DocumentNumberForm form, string? number, int? year, DocumentType? type, string issuer, string? unit)
    {
        var parsed = DocumentNumber.Parse(text).AsT0;

        Assert.Equal(form, parsed.Form);
        Assert.Equal(number, parsed.Number);
        Assert.Equal(year, parsed.Year);
        Assert.Equal(type, parsed.DocumentType);
        Assert.Equal(issuer, parsed.Issuer);
        Assert.Equal(unit, parsed.Unit);
        Assert.Equal(text, parsed.ToString());
    }

    [Fact]
    public void The_draft_number_with_its_So_prefix_and_spaces_parses()
    {
        var parsed = DocumentNumber.Parse("Số:         /UBND-KGVX ").AsT0;

        Assert.True(parsed.IsDraft);
        Assert.Equal("/UBND-KGVX", parsed.ToString());
        Assert.Equal(parsed, DocumentNumber.Parse("/UBND-KGVX").AsT0);
    }

    [Fact]
    public void Nfd_input_parses_to_the_nfc_value() =>
        Assert.Equal("02/2024/NQ-HĐND", DocumentNumber.Parse("02/2024/NQ-HĐND".Normalize(System.Text.NormalizationForm.FormD)).AsT0.ToString());

    [Theory]
    [InlineData("", 0)]
    [InlineData("3433", 4)]
    [InlineData("3433/", 5)]
    [InlineData("3433/KH-", 8)]
    [InlineData("12/202/NQ-CP", 3)]
    [InlineData("57-/TW", 3)]
    [InlineData("/2025/NQ-CP", 0)]
    [InlineData("3433/KH UBND", 8)]
    public void Bad_numbers_give_an_error_with_its_position(string text, int position)
    {
        var result = DocumentNumber.Parse(text);

        Assert.True(result.IsT1);
        Assert.Equal(position, result.AsT1.Position);
        Assert.False(DocumentNumber.TryParse(text, out _));
    }

    // Decree 30's own Appendix III (not the transcriptions that print GN, TTh, NP).
    [Theory]
    [InlineData("5/BGN-UBND", DocumentType.Memorandum)]
    [InlineData("5/BTT-UBND", DocumentType.Agreement)]
    [InlineData("5/GNP-UBND", DocumentType.LeavePermit)]
    public void The_abbreviations_settled_by_the_decree_are_the_defaults(string number, DocumentType type) =>
        Assert.Equal(type, DocumentNumber.Parse(number).AsT0.DocumentType);

    [Fact]
    public void Another_transcription_s_abbreviation_can_be_put_back()
    {
        var table = DocumentTypeTable.Default.WithCode(DocumentType.Memorandum, "GN");

        Assert.Equal(DocumentType.Memorandum, DocumentNumber.Parse("5/GN-UBND", table).AsT0.DocumentType);
        Assert.Equal(DocumentNumberForm.OfficialLetter, DocumentNumber.Parse("5/GN-UBND").AsT0.Form);
        Assert.Throws<ArgumentException>(() => DocumentTypeTable.Default.WithCode(DocumentType.Memorandum, "KH"));
    }

    private static readonly Gen<string> Segment =
        Gen.Elements("UBND", "CP", "HĐND", "CAT", "PCSQLHC", "TW", "QH15", "KGVX", "BCĐTW", "TTg", "SKHCCN", "VPCP");

    private static readonly Gen<string> Digits =
        Gen.Choose(0, 99999).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<string> AnyNumber = Gen.OneOf(
        Gen.Zip(Gen.Elements("0", "", "00"), Digits).Select(p => p.Item1 + p.Item2).Where(s => s.Length > 0),
        Gen.Zip(Digits, Digits).Select(p => p.Item1 + "." + p.Item2));

    private static Gen<string> Three<TA, TB, TC>(Gen<TA> a, Gen<TB> b, Gen<TC> c, Func<TA, TB, TC, string> make) =>
        Gen.Zip(Gen.Zip(a, b), c).Select(t => make(t.Item1.Item1, t.Item1.Item2, t.Item2));

    private static readonly Gen<string> AnyDocumentNumber = Gen.OneOf(
        Three(AnyNumber, Gen.Elements("KH", "QĐ", "NQ", "CT", "TB", "BC", "CTr", "TTr", "QyĐ", "CĐ"), Segment, (n, t, i) => $"{n}/{t}-{i}"),
        Three(AnyNumber, Segment, Segment, (n, i, u) => $"{n}/{i}-{u}"),
        Three(AnyNumber, Gen.Choose(1990, 2100), Segment, (n, y, i) => $"{n}/{y}/NĐ-{i}"),
        Three(AnyNumber, Gen.Choose(1990, 2100), Gen.Choose(10, 16), (n, y, q) => $"{n}/{y}/QH{q}"),
        Three(Digits, Gen.Elements("NQ", "KH", "CT", "TB"), Segment, (n, t, b) => $"{n}-{t}/{b}"),
        Segment.Select(s => $"/UBND-{s}"));

    [Property(MaxTest = 300)]
    public Property Parse_then_print_round_trips() =>
        Prop.ForAll(AnyDocumentNumber.ToArbitrary(), text =>
        {
            var parsed = DocumentNumber.Parse(text);
            return parsed.IsT0 && parsed.AsT0.ToString() == text && DocumentNumber.Parse(parsed.AsT0.ToString()).AsT0 == parsed.AsT0;
        });

    [Property(MaxTest = 500)]
    public Property Parsing_never_throws_and_valid_results_round_trip() =>
        Prop.ForAll(Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), Gen.Zip(AnyDocumentNumber, ArbMap.Default.GeneratorFor<string>()).Select(p => p.Item1 + p.Item2)).ToArbitrary(), text =>
        {
            var result = DocumentNumber.Parse(text);
            return result.Match(n => DocumentNumber.Parse(n.ToString()).AsT0 == n, e => e.Position is null or >= 0);
        });
}
