using System.Text.Json;
using KhanhHoa.Governance.Data;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary><c>plan import</c> and <c>--plans</c>: a host's own plan, read from its document, used by the other verbs.</summary>
public sealed class PlanImportVerbTest
{
    private const string PlanText = """
        Số: 15/KH-UBND
        Khánh Hòa, ngày 02 tháng 9 năm 2025
        KẾ HOẠCH
        Chuyển đổi số năm 2025
        TT
        Nhiệm vụ
        Đơn vị chủ trì
        Đơn vị phối hợp
        Thời gian hoàn thành
        1
        Số hóa sổ hộ tịch
        Sở Tư pháp
        Công an tỉnh
        Trước ngày 15/9/2025
        2
        Làm sạch dữ liệu đất đai
        Sở Nông nghiệp và Môi trường
        Tháng 10/2025
        3
        Lập bản đồ số vịnh Vân Phong
        Ban Quản lý vịnh Vân Phong
        Sở Xây dựng
        khi có kinh phí
        """;

    [Fact]
    public void Plan_import_prints_what_it_read_and_writes_a_plan_the_other_verbs_load()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("plan.txt"), PlanText);

        var import = SampleRun.InProcess("plan", "import", folder.File("plan.txt"), "--out", folder.File("plans.json"));
        var tasks = SampleRun.InProcess("plan", "tasks", "15/KH-UBND", "--plans", folder.File("plans.json"));
        var list = SampleRun.InProcess("plan", "list", "--plans", folder.Path);
        var only = SampleRun.InProcess("plan", "list", "--plans", folder.Path, "--plans-only");

        Assert.Equal(0, import.ExitCode);
        Assert.StartsWith("15/KH-UBND: 3 rows from 1 table(s), 3 tasks; Plan, 2025-09-02, context year 2025", import.Output, StringComparison.Ordinal);
        Assert.Contains("Unresolved agencies: 1", import.Output, StringComparison.Ordinal);
        Assert.Contains("(task 3): \"Ban Quản lý vịnh Vân Phong\" names no known agency", import.Output, StringComparison.Ordinal);
        Assert.Contains("Unreadable deadlines: 1", import.Output, StringComparison.Ordinal);
        Assert.Contains("(task 2): Only one agency cell is printed", import.Output, StringComparison.Ordinal);
        Assert.Equal(0, tasks.ExitCode);
        Assert.Contains("2025-09-14", tasks.Output, StringComparison.Ordinal);
        // Added to the embedded plans, or alone with --plans-only.
        Assert.Equal([.. GovernanceData.Default.Plans.Select(static p => p.Id), "15/KH-UBND"], list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]));
        Assert.Equal(["15/KH-UBND"], only.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]));
    }

    // The library tells Word from text by the bytes: a name that says the other, or text in another encoding than UTF-8,
    // is bad input naming the file, never a plan read from garbage.
    [Theory]
    [InlineData("plan.docx", false, "the file is named as a Word file (.docx) but holds text (.txt)")]
    [InlineData("plan.txt", true, "the text is not UTF-8 (byte 1); save it as UTF-8 (a legacy code page such as Windows-1258 or TCVN3 is not guessed) or give the Word file")]
    public void Plan_import_refuses_a_file_that_is_not_what_it_says(string name, bool latin1, string message)
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File(name), latin1 ? [.. "Số".Select(static c => (byte)c)] : System.Text.Encoding.UTF8.GetBytes(PlanText));

        var run = SampleRun.InProcess("plan", "import", folder.File(name));

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plans_folder_with_its_own_agencies_resolves_the_plan_through_them()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("plan.txt"), PlanText);
        Assert.Equal(0, SampleRun.InProcess("plan", "import", folder.File("plan.txt"), "--out", folder.File("plans.json"), "--quiet").ExitCode);
        File.WriteAllText(folder.File("agencies.json"), """
            { "schemaVersion": 1, "agencies": [
              { "code": "BQL_VP", "name": "Ban Quản lý vịnh Vân Phong", "englishName": "Van Phong Bay Authority", "kind": "ProvincialDepartment", "aliases": [] },
              { "code": "SO_TP", "name": "Sở Tư pháp", "englishName": "Department of Justice", "kind": "ProvincialDepartment", "aliases": [] }
            ] }
            """);

        var own = SampleRun.InProcess("plan", "tasks", "15/KH-UBND", "--plans", folder.Path, "--quiet");
        var embedded = SampleRun.InProcess("plan", "tasks", "15/KH-UBND", "--plans", folder.File("plans.json"), "--quiet");

        Assert.Equal(0, own.ExitCode);
        Assert.Matches(@"(?m)^3\s+BQL_VP\s", own.Output);
        Assert.Matches(@"(?m)^3\s+—\s", embedded.Output);
    }

    [Fact]
    public void Rollup_reports_on_the_plans_given_with_plans()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("plan.txt"), PlanText);
        Assert.Equal(0, SampleRun.InProcess("plan", "import", folder.File("plan.txt"), "--out", folder.File("plans.json"), "--quiet").ExitCode);

        var added = SampleRun.InProcess("rollup", "--plans", folder.File("plans.json"), "--synthetic-count", "3000", "--period", "2025-09", "--format", "json", "--quiet");
        var run = SampleRun.InProcess("rollup", "--plans", folder.File("plans.json"), "--plans-only", "--synthetic-count", "3000", "--period", "2025-09", "--format", "json", "--quiet");

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("15/KH-UBND", JsonDocument.Parse(added.Output).RootElement.EnumerateObject().SelectMany(Plans));
        Assert.Contains("3433/KH-UBND", JsonDocument.Parse(added.Output).RootElement.EnumerateObject().SelectMany(Plans));
        Assert.Equal(0, run.ExitCode);
        var plans = JsonDocument.Parse(run.Output).RootElement.EnumerateObject().SelectMany(Plans).Distinct().ToList();
        Assert.Equal(["15/KH-UBND"], plans);
    }

    // Every "plan" value anywhere in the report.
    private static IEnumerable<string> Plans(JsonProperty property) => property switch
    {
        { Name: "plan", Value.ValueKind: JsonValueKind.String } => [property.Value.GetString()!],
        { Value.ValueKind: JsonValueKind.Object } => property.Value.EnumerateObject().SelectMany(Plans),
        { Value.ValueKind: JsonValueKind.Array } => property.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).SelectMany(e => e.EnumerateObject().SelectMany(Plans)),
        _ => [],
    };
}
