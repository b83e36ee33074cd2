using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Reporting.Tests.Import;

namespace KhanhHoa.Governance.Reporting.Tests;

public sealed class ReportLetterheadTest
{
    // The sample host's own letterhead: report 87/BC-BCĐ's, signed for 9/2025 only.
    private static readonly byte[] SampleFile = File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, "samples", "KhanhHoa.Governance.Sample", "report-letterhead.json"));

    private static ReportLetterhead Sample => ReportLetterhead.Read(SampleFile, "report-letterhead.json").GetValueOrThrow();

    [Fact]
    public void The_sample_reproduces_report_87s_header_signer_and_recipients_for_september_2025()
    {
        var september = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));
        var header = Sample.Header(september, new LocalDate(2025, 9, 19));

        Assert.Equal(("UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", "Số: /BC-BCĐ"), (header.ParentBody, header.IssuingBody, header.NumberAndSymbol));
        Assert.EndsWith("tầm nhìn đến năm 2030” tháng 9/2025", header.Subject, StringComparison.Ordinal);
        Assert.Equal(["Văn phòng Chính phủ", "Bộ Công an"], header.Addressees);
        Assert.Equal(new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Khắc Toàn"), Sample.Signature(september));
        Assert.Equal(13, Sample.Recipients.Count);
        Assert.Equal("Thường trực Tỉnh ủy (báo cáo)", Sample.Recipients[0].Text);
    }

    [Theory]
    [InlineData("2025-08")]
    [InlineData("2025-10")]
    [InlineData("2026-11")]
    public void A_month_nobody_is_configured_to_sign_says_so_instead_of_naming_report_87s_signer(string month)
    {
        var period = ReportingPeriod.Parse(month, CutoffRule.OnDay(15)).AsT0;

        Assert.Equal(ReportLetterhead.UnconfiguredSignature, Sample.Signature(period));
        Assert.Equal("(Chưa cấu hình người ký)", ReportLetterhead.UnconfiguredSignature.Position);
    }

    [Fact]
    public void A_signer_signs_the_report_whose_last_month_is_in_their_months()
    {
        var letterhead = Sample with
        {
            Signers = [new ReportSigner(new YearMonth(2025, 7), new YearMonth(2025, 9), new SignatureBlock("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "Trần Văn B"))],
        };

        Assert.Equal("Trần Văn B", letterhead.Signature(ReportingPeriod.Quarter(2025, 3, CutoffRule.OnDay(15))).SignerName);   // ends 9/2025
        Assert.Equal(ReportLetterhead.UnconfiguredSignature, letterhead.Signature(ReportingPeriod.Quarter(2025, 2, CutoffRule.OnDay(15))));
    }

    [Theory]
    [InlineData("2025-09", "tháng 9/2025")]
    [InlineData("2025-Q3", "quý 3/2025")]
    [InlineData("2025-H1", "6 tháng đầu năm 2025")]
    [InlineData("2025-H2", "6 tháng cuối năm 2025")]
    [InlineData("2025-9M", "9 tháng năm 2025")]
    [InlineData("2025", "năm 2025")]
    public void The_subject_names_the_period_as_reports_write_it(string id, string words)
    {
        var period = ReportingPeriod.Parse(id, CutoffRule.OnDay(15)).AsT0;

        Assert.Equal(words, ReportLetterhead.PeriodWords(period));
        Assert.EndsWith(" " + words, Sample.Header(period, period.End).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_file_is_named_by_its_path_in_one_pass_and_nothing_is_read()
    {
        var json = """
            {
              "format": "khanhhoa-governance/report-letterhead/2",
              "symbol": "BC-BCĐ",
              "place": "",
              "subject": "Kết quả tháng",
              "recipients": [ "Văn phòng Chính phủ", { "purpose": "báo cáo" } ],
              "signers": [
                { "from": "2025-09", "to": "2025-13", "position": "TRƯỞNG BAN", "name": "A" },
                { "from": "2025-10", "to": "2025-09", "position": "TRƯỞNG BAN", "name": "B" },
                { "from": "2025-01", "to": "2025-12", "position": "TRƯỞNG BAN", "name": "C" },
                { "from": "2025-06", "to": "2025-06", "position": "TRƯỞNG BAN", "name": "D" }
              ]
            }
            """;

        var read = ReportLetterhead.Read(Encoding.UTF8.GetBytes(json), "lh.json");

        Assert.False(read.Success);
        Assert.All(read.Errors, error => Assert.Equal("lh.json", error.Source));
        Assert.Equal(
            [
                "$.format", "$.subject", "$.issuingBody", "$.place", "$.recipients[0]", "$.recipients[1].name",
                "$.signers[0].to", "$.signers[1].to", "$.signers[3]",
            ],
            read.Errors.Select(error => error.JsonPath));
        Assert.Contains("overlap 2025-01–2025-12", read.Errors[^1].Message, StringComparison.Ordinal);
        Assert.Contains("{period}", read.Errors[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", 1)]
    [InlineData("{\n  \"format\": \"khanhhoa-governance/report-letterhead/1\",\n  \"symbol\": \"A\",\n  \"symbol\": \"B\"\n}", 4)]
    public void Malformed_json_and_a_key_given_twice_are_located_by_line(string json, int line)
    {
        var read = ReportLetterhead.Read(Encoding.UTF8.GetBytes(json), "lh.json");

        var error = Assert.Single(read.Errors);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property A_damaged_file_gives_located_errors_not_exceptions() =>
        Prop.ForAll(Gen.Choose(0, 1 << 20).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (seed, flips) =>
        {
            foreach (var input in DamagedFile.Versions(SampleFile, seed, flips))
            {
                var read = ReportLetterhead.Read(input, "lh.json");
                Assert.True(read.Success || (read.Errors.Count > 0 && read.Errors.All(e => e.JsonPath is not null)));
            }
        });
}
