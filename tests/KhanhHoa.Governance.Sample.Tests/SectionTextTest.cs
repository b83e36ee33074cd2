using System.Text.Json;

namespace KhanhHoa.Governance.Sample.Tests;

// --section-text KEY=FILE: the office's own paragraphs replace the drafted text of a section, with their footnotes; a
// value that is not KEY=FILE is bad usage, a missing file, a section the report does not have or notes that do not add
// up bad input, before anything is written.
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
        File.WriteAllText(communication, "Các sở, ban, ngành, địa phương đã thường xuyên thực hiện công tác tuyên truyền\nvới nhiều hình thức đa dạng.\r\n\r\nĐài Phát thanh và Truyền hình tỉnh phát sóng các tin, bài về chuyển đổi số[^pt].\n\n[^pt]: Bản tin thời sự,\nchuyên mục Cải cách tư pháp.\n");
        var ahead = folder.File("nhiem-vu.txt");
        File.WriteAllText(ahead, "\uFEFFTiếp tục triển khai các nhiệm vụ của Đề án 06.");

        var run = SampleRun.InProcess("rollup", "--section-text", $"I.2={communication}", "--section-text", $"III={ahead}", "--format", "json", "--quiet");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var communicationText = Under(json.RootElement, "Tuyên truyền thực hiện Đề án");
        Assert.Equal(2, communicationText.Count);
        Assert.Equal("Các sở, ban, ngành, địa phương đã thường xuyên thực hiện công tác tuyên truyền với nhiều hình thức đa dạng.", communicationText[0]);
        // The office's note takes the report's next number after the drafted sentences' notes before it (I.1's).
        var reference = json.RootElement.GetProperty("document").GetProperty("body").EnumerateArray()
            .SelectMany(static b => b.TryGetProperty("inlines", out var inlines) ? inlines.EnumerateArray() : default)
            .Where(static i => i.GetProperty("kind").GetString() == "footnote").Select(static i => i.GetProperty("number").GetInt32())
            .ToList();
        var number = reference.Single(n => communicationText[1] == $"Đài Phát thanh và Truyền hình tỉnh phát sóng các tin, bài về chuyển đổi số{n}.");
        Assert.Equal(reference.Where(n => n < number), Enumerable.Range(1, number - 1));
        var footnote = json.RootElement.GetProperty("document").GetProperty("footnotes").EnumerateArray().Single(f => f.GetProperty("number").GetInt32() == number);
        Assert.Equal("Bản tin thời sự, chuyên mục Cải cách tư pháp.", string.Concat(footnote.GetProperty("inlines").EnumerateArray().Select(static i => i.GetProperty("text").GetString())));
        Assert.Equal(["Tiếp tục triển khai các nhiệm vụ của Đề án 06."], Under(json.RootElement, "NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI"));
        // The sections without a text of the office's keep the drafted one.
        Assert.Equal(["Chưa có số liệu các đơn vị gửi trong kỳ báo cáo."], Under(json.RootElement, "Về hoàn thiện thể chế"));
    }

    [Theory]
    [InlineData("I.2", 2, "--section-text I.2: expected KEY=FILE")]
    [InlineData("I.9={file}", 1, "SectionTexts: sections the report does not have: I.9 (its sections: I.1, I.2, I.3, I.4.a, I.4.b, I.4.c, I.5.a, I.5.b, I.5.c, I.6, I.7.a, I.7.b, I.7.c, I.8, II, III)")]
    [InlineData("I.2={noted}", 1, "SectionTexts: footnote [^1] in the text for section I.2 has no note (a line \"[^1]: …\")")]
    [InlineData("I.2={missing}", 1, "no such file")]
    [InlineData("I.2={latin1}", 1, "is not UTF-8 text")]
    public void A_bad_section_text_stops_the_run_with_its_exit_code_and_writes_nothing(string value, int exitCode, string message)
    {
        using var folder = new TempFolder();
        var file = folder.File("tuyen-truyen.txt");
        File.WriteAllText(file, "Tuyên truyền.");
        var noted = folder.File("chu-thich.txt");
        File.WriteAllText(noted, "Tuyên truyền[^1].\n\n[^2]: Bản tin.");
        var latin1 = folder.File("latin1.txt");
        File.WriteAllBytes(latin1, [0x54, 0xEA, 0x6E]);
        var output = folder.File("out");

        var run = SampleRun.InProcess("rollup", "--section-text", value.Replace("{file}", file).Replace("{missing}", folder.File("khong-co.txt")).Replace("{latin1}", latin1).Replace("{noted}", noted), "--out", output, "--quiet");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
