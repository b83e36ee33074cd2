using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Tasks.Import;

using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Reporting.Tests.Import;

/// <summary>The seed plans as Word files a department receives: importing them gives the same plans as their text.</summary>
public class WordPlanImportTest
{
    public static TheoryData<string, string, string?, bool> Seeds => new()
    {
        { "3433/KH-UBND", "001_765e25d5cbc49dc3.txt", null, false },
        { "BCĐ-2025", "004_7aa614ab00280345.txt", "BCĐ-2025", false },
        { "954/QĐ-UBND", "003_3657bd71573e91dc.txt", null, true },
        { "UBND-KGVX-2025-08", "000_0bdd2bdc59b7db88.txt", "UBND-KGVX-2025-08", true },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_plan_as_a_Word_file_imports_as_from_its_text(string planId, string seed, string? id, bool inBody)
    {
        var fromText = FromText(seed, id);
        var docx = WordPlanFixtures.Build(fromText, inBody);
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, FixtureName(planId)), docx);

        var fromWord = FromWord(docx, id);

        Assert.Equal(planId, fromWord.Id);
        Assert.Equal(fromText.Tasks.Select(Describe), fromWord.Tasks.Select(Describe));
        Assert.All(fromWord.Tasks.Where(t => !inBody && !t.Notes.Contains("Appendix heading.")), t => Assert.Contains("table", t.Source.Section, StringComparison.Ordinal));
    }

    [Fact]
    public void The_plans_a_Word_import_writes_satisfy_the_published_schema()
    {
        var plans = Seeds.Select(row => FromWord(WordPlanFixtures.Build(FromText((string)row[1], (string?)row[2]), (bool)row[3]), (string?)row[2]));

        Assert.Empty(PublishedSchemas.Errors(PublishedSchemas.Load("plans.v1.schema.json"), Encoding.UTF8.GetString(PlanJsonWriter.Write(plans))));
    }

    [Fact]
    public void A_damaged_Word_file_gives_a_located_error_and_never_throws()
    {
        var docx = WordPlanFixtures.Build(FromText("004_7aa614ab00280345.txt", "BCĐ-2025"));
        var damage =
            from at in Gen.Choose(0, docx.Length - 1)
            from value in Gen.Choose(0, 255)
            from count in Gen.Choose(1, 3)
            select (At: at, Value: (byte)value, Count: count);

        Prop.ForAll(damage.ToArbitrary(), d =>
        {
            var bytes = (byte[])docx.Clone();
            for (var i = 0; i < d.Count; i++)
            {
                bytes[(d.At + (i * 977)) % bytes.Length] = d.Value;
            }

            var read = WordPlanReader.Read(bytes, "damaged.docx");
            return read.Success
                ? PlanImporter.Import(read.Value, Agencies, new PlanImportOptions { PlanId = "X" }) is not null
                : Located(read.Errors, "damaged.docx");
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0 })]
    public void Bytes_that_are_no_Word_file_give_one_located_error(byte[] bytes)
    {
        var read = WordPlanReader.Read(bytes, "x.docx");

        Assert.False(read.Success);
        Assert.True(Located(read.Errors, "x.docx"));
        Assert.StartsWith("not a readable Word document", read.Errors.Single().Message, StringComparison.Ordinal);
    }

    // A file-level error, compared field by field: the file, no line or column (the file is not text), no path, cell or
    // field, and a message saying which of the two things is wrong.
    private static bool Located(IReadOnlyList<InputError> errors, string file) =>
        errors is [{ Source: var source, Line: 0, Column: 0, JsonPath: null, Cell: null, Field: "", Message: var message }]
        && source == file
        && (message.StartsWith("not a readable Word document (.docx): ", StringComparison.Ordinal)
            || message == "the file has no document body (word/document.xml)");

    [Fact]
    public void A_zip_without_a_document_body_gives_a_located_error()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("hello.txt").Open();
            entry.Write(Encoding.UTF8.GetBytes("not word"));
        }

        var read = WordPlanReader.Read(buffer.ToArray(), "x.docx");
        Assert.False(read.Success);
        Assert.True(Located(read.Errors, "x.docx"), string.Join("; ", read.Errors));
    }

    private static KhanhHoa.Governance.Organization.AgencyRegistry Agencies => GovernanceData.Default.Agencies;

    // The drafts (id given) have no number, and the letter no full date: their year is given too.
    internal static PlanImportOptions Options(string? id) => new() { PlanId = id, ContextYear = id is null ? null : 2025 };

    internal static Plan FromText(string seed, string? id) => PlanImporter.ImportText(SeedText(seed), seed, Agencies, Options(id)).GetValueOrThrow().Plan;

    private static Plan FromWord(byte[] docx, string? id) =>
        PlanImporter.Import(WordPlanReader.Read(docx, "plan.docx").GetValueOrThrow(), Agencies, Options(id)).GetValueOrThrow().Plan;

    private static string FixtureName(string planId) => planId.Replace('/', '-') + ".docx";

    internal static string SeedText(string seed) =>
        File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "tests", "KhanhHoa.Governance.Tests", "Data", "Seeds", seed));

    // Every field the importer reads; a Word row has its table and row instead of a line.
    internal static string Describe(PlanTask t) => string.Join(" | ",
        t.Id, t.ParentId, t.Label, t.Text, t.Content, t.Lead?.Text, t.Lead is null ? null : string.Join(",", t.Lead.AgencyCodes), t.Coordinating?.Text,
        t.ExpectedResult, t.DeadlineText, t.Deadline?.Kind, t.Deadline?.DueDate, t.Remark);
}
