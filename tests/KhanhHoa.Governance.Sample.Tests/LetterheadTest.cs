using System.Text.Json;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Sample.Cli;

namespace KhanhHoa.Governance.Sample.Tests;

// The report's letterhead, recipients and signer come from a configuration file: report 87's by default, signed for 9/2025 only.
public sealed class LetterheadTest
{
    [Theory]
    [InlineData("2025-09", "Nguyễn Khắc Toàn", "TRƯỞNG BAN")]
    [InlineData("2026-11", "", "(Chưa cấu hình người ký)")]
    public void The_default_letterhead_names_report_87s_signer_for_its_month_only(string period, string name, string position)
    {
        var run = SampleRun.InProcess("rollup", "--period", period, "--synthetic-count", "3000", "--format", "json", "--quiet");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var signature = json.RootElement.GetProperty("signature");
        Assert.Equal((name, position), (signature.GetProperty("signerName").GetString(), signature.GetProperty("position").GetString()));
        Assert.Contains("Văn phòng Chính phủ", json.RootElement.GetProperty("header").GetProperty("addressees").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void A_host_letterhead_replaces_the_default()
    {
        using var folder = new TempFolder();
        var file = folder.File("lh.json");
        File.WriteAllText(file, """
            {
              "format": "khanhhoa-governance/report-letterhead/1",
              "parentBody": "UBND TỈNH THỬ NGHIỆM",
              "issuingBody": "VĂN PHÒNG UBND TỈNH",
              "symbol": "BC-VP",
              "place": "Thử Nghiệm",
              "subject": "Tình hình giải quyết thủ tục hành chính {period}",
              "signers": [ { "from": "2026-01", "to": "2026-12", "authority": "KT. CHÁNH VĂN PHÒNG", "position": "PHÓ CHÁNH VĂN PHÒNG", "name": "Lê Thị C" } ]
            }
            """);

        var run = SampleRun.InProcess("rollup", "--period", "2026-11", "--synthetic-count", "3000", "--letterhead", file, "--format", "json", "--quiet");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("Tình hình giải quyết thủ tục hành chính tháng 11/2026", json.RootElement.GetProperty("header").GetProperty("subject").GetString());
        Assert.Equal("Lê Thị C", json.RootElement.GetProperty("signature").GetProperty("signerName").GetString());
    }

    [Fact]
    public void A_bad_letterhead_is_bad_input_naming_its_field_before_any_work()
    {
        using var folder = new TempFolder();
        var file = folder.File("lh.json");
        File.WriteAllText(file, """{ "format": "khanhhoa-governance/report-letterhead/1", "symbol": "BC", "place": "X", "subject": "Báo cáo {period}" }""");
        var output = folder.File("out");

        var run = SampleRun.InProcess("rollup", "--letterhead", file, "--out", output, "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("lh.json, field $.issuingBody: missing", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    // Issue 25: an agency has one name in a report. Each part of a "Nơi nhận" line of the default letterhead that names a
    // registered agency (by any of its aliases) is that agency's name, the one its tables print.
    [Fact]
    public void The_default_letterhead_names_each_registered_agency_as_the_registry_does()
    {
        var letterhead = HostLetterhead.Load(null, new Terminal(TextWriter.Null, TextWriter.Null, interactive: false));
        var agencies = GovernanceData.Default.Agencies;
        var named = letterhead.Recipients
            .SelectMany(static r => r.Name.Split(", "))
            .Select(part => (Part: part, Agency: agencies.Resolve(part)))
            .Where(static p => p.Agency is not null)
            .ToList();

        Assert.Contains(named, static p => p.Agency!.Code == "THUE_KV13");
        Assert.All(named, p => Assert.Equal(p.Agency!.Name, p.Part));
    }
}
