using System.Text.Json;

namespace KhanhHoa.Governance.Sample.Tests;

// --section-text KEY=FILE: the office's own paragraphs replace the drafted text of a section; a value that is not
// KEY=FILE is bad usage, a missing file or a section the report does not have bad input, before anything is written.
public sealed class SectionTextTest
{
    // The texts of the document's body blocks under the heading printed as `heading`, up to the next heading.
    private static List<string> Under(JsonElement report, string heading) =>
        [.. report.GetProperty("document").GetProperty("body").EnumerateArray()
            .SkipWhile(b => !(b.GetProperty("kind").GetString() == "heading" && b.GetProperty("text").GetString() == heading)).Skip(1)
            .TakeWhile(static b => b.GetProperty("kind").GetString() != "heading")
            .Select(static b => string.Concat(b.GetProperty("inlines").EnumerateArray().Select(static i => i.GetProperty("text").GetString())))];

    [Fact]
    public void The_offices_text_replaces_the_drafted_text_of_its_sections()
    {
        using var folder = new TempFolder();
        var communication = folder.File("tuyen-truyen.txt");
        File.WriteAllText(communication, "Các sở, ban, ngành, địa phương đã thường xuyên thực hiện công tác tuyên truyền\nvới nhiều hình thức đa dạng.\r\n\r\nĐài Phát thanh và Truyền hình tỉnh phát sóng các tin, bài về chuyển đổi số.\n");
        var ahead = folder.File("nhiem-vu.txt");
        File.WriteAllText(ahead, "\uFEFFTiếp tục triển khai các nhiệm vụ của Đề án 06.");

        var run = SampleRun.InProcess("rollup", "--section-text", $"I.2={communication}", "--section-text", $"III={ahead}", "--format", "json", "--quiet");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(
            ["Các sở, ban, ngành, địa phương đã thường xuyên thực hiện công tác tuyên truyền với nhiều hình thức đa dạng.", "Đài Phát thanh và Truyền hình tỉnh phát sóng các tin, bài về chuyển đổi số."],
            Under(json.RootElement, "Tuyên truyền thực hiện Đề án"));
        Assert.Equal(["Tiếp tục triển khai các nhiệm vụ của Đề án 06."], Under(json.RootElement, "NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI"));
        // The sections without a text of the office's keep the drafted one.
        Assert.Equal(["Chưa có số liệu các đơn vị gửi trong kỳ báo cáo."], Under(json.RootElement, "Về hoàn thiện thể chế"));
    }

    [Theory]
    [InlineData("I.2", 2, "--section-text I.2: expected KEY=FILE")]
    [InlineData("I.9={file}", 1, "SectionTexts: sections the report does not have: I.9 (its sections: I.1, I.2, I.3, I.4.a, I.4.b, I.4.c, I.5.a, I.5.b, I.5.c, I.6, I.7.a, I.7.b, I.7.c, I.8, II, III)")]
    [InlineData("I.2={missing}", 1, "no such file")]
    [InlineData("I.2={latin1}", 1, "is not UTF-8 text")]
    public void A_bad_section_text_stops_the_run_with_its_exit_code_and_writes_nothing(string value, int exitCode, string message)
    {
        using var folder = new TempFolder();
        var file = folder.File("tuyen-truyen.txt");
        File.WriteAllText(file, "Tuyên truyền.");
        var latin1 = folder.File("latin1.txt");
        File.WriteAllBytes(latin1, [0x54, 0xEA, 0x6E]);
        var output = folder.File("out");

        var run = SampleRun.InProcess("rollup", "--section-text", value.Replace("{file}", file).Replace("{missing}", folder.File("khong-co.txt")).Replace("{latin1}", latin1), "--out", output, "--quiet");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
