using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Json;

namespace KhanhHoa.Governance.Tests.Json;

// The data, indicator and calendar loaders share one way of reading JSON, so the same mistake gives the same kind of
// error in each: the path of the value, and its line and column counted in characters (the value's line has
// Vietnamese letters before it, which take more bytes than characters).
public sealed class LoaderErrorShapeTest
{
    private const string Hole = "HOLE";

    public static TheoryData<string, string, string> Mistakes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var loader in new[] { "org-units", "report-figures", "calendar" })
        {
            data.Add(loader, "\"31/12/2025\"", "is not a date in the form yyyy-MM-dd");
            data.Add(loader, "true", "must be a string");
            data.Add(loader, "@", "malformed JSON: '@' is an invalid start of a value");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_malformed_date_a_wrong_type_and_a_syntax_error_are_reported_at_the_value(string loader, string value, string message)
    {
        var (json, path) = Document(loader, value);

        var error = Assert.Single(Load(loader, json));

        Assert.Equal((path, 2, ColumnOfHole(loader)), (error.JsonPath, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    // A key given twice would let a loader take one of its values silently; every loader refuses it at the second key.
    [Theory]
    [InlineData("org-units", "validFrom")]
    [InlineData("report-figures", "issued")]
    [InlineData("calendar", "date")]
    public void A_key_given_twice_is_refused_at_its_second_occurrence(string loader, string key)
    {
        var value = $"\"2027-02-04\", \"{key}\": \"2027-02-05\"";
        var (json, _) = Document(loader, value);
        var line = json.Split('\n')[1];
        var second = line.LastIndexOf($"\"{key}\"", StringComparison.Ordinal) + 1;

        var error = Assert.Single(Load(loader, json));

        Assert.Equal((2, second), (error.Line, error.Column));
        Assert.Equal($"malformed JSON: the key \"{key}\" is given twice", error.Message);
    }

    // Objects of any width: a set takes over from the scan past 16 keys, and both find the one key repeated, wherever it
    // is, and nothing when every key differs.
    [FsCheck.Xunit.Property]
    public Property A_repeated_key_is_found_in_an_object_of_any_width(PositiveInt width, NonNegativeInt first, NonNegativeInt second, bool repeat)
    {
        var keys = Enumerable.Range(0, Math.Min(width.Get, 300) + 1).Select(static i => $"k{i}").ToList();
        var (a, b) = (first.Get % keys.Count, second.Get % keys.Count);
        if (repeat && a != b)
        {
            keys[Math.Max(a, b)] = keys[Math.Min(a, b)];
        }

        var json = "{" + string.Join(", ", keys.Select(static key => $"\"{key}\": 1")) + "}";
        var (root, error) = JsonSourceNode.Parse(Encoding.UTF8.GetBytes(json));
        var repeated = repeat && a != b;
        var holds = repeated
            ? root is null && error!.Message == $"malformed JSON: the key \"{keys[Math.Min(a, b)]}\" is given twice"
            : error is null && root!.Properties.Count == keys.Count;
        return holds.Classify(repeated, "a key repeated").Classify(keys.Count > 16, "wider than the scan");
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_by_every_loader()
    {
        foreach (var loader in new[] { "org-units", "report-figures" })
        {
            var (json, _) = Document(loader, "\"2025-07-01\"");
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();
            var loaded = loader == "org-units" ? GovernanceDataLoader.LoadOrgHierarchy(bytes).Success : GovernanceDataLoader.LoadReportFigures(bytes).Success;
            Assert.True(loaded, loader);
        }

        Assert.Empty(Load("calendar", "\uFEFF" + Document("calendar", "\"2027-02-04\"").Json));
    }

    [Fact]
    public void A_calendar_year_that_is_not_an_object_is_an_error_not_an_exception()
    {
        var error = Assert.Single(Load("calendar", """{ "schema": "khanhhoa-governance/calendar-decisions/1", "version": "1", "years": [ 2027 ] }"""));

        Assert.Equal(("$.years[0]", 1, 84), (error.JsonPath, error.Line, error.Column));
    }

    [Fact]
    public void Errors_print_the_same_way_whatever_the_culture()
    {
        var error = new InputError(1234, 5, "bad") { JsonPath = "$.years[0].date" };
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("$.years[0].date (line 1234, column 5): bad", error.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private static (string Json, string Path) Document(string loader, string value) => loader switch
    {
        "org-units" => ("""
            { "schemaVersion": 1, "units": [
              { "code": "P", "name": "Tỉnh Khánh Hòa", "validFrom": HOLE } ] }
            """.Replace(Hole, value, StringComparison.Ordinal), "$.units[0].validFrom"),
        "report-figures" => ("""
            { "document": "87/BC-BCĐ", "period": "16/8–15/9/2025", "figures": [], "rules": [],
              "title": "Báo cáo tỉnh Khánh Hòa", "issued": HOLE }
            """.Replace(Hole, value, StringComparison.Ordinal), "$.issued"),
        _ => ("""
            { "schema": "khanhhoa-governance/calendar-decisions/1", "version": "2027-01-01", "years": [ { "year": 2027, "decisions": [
              { "reason": "Tết Nguyên Đán", "source": "Văn bản X", "working": false, "date": HOLE } ] } ] }
            """.Replace(Hole, value, StringComparison.Ordinal), "$.years[0].decisions[0].date"),
    };

    // Counted on the template with string functions, independently of the loaders' byte arithmetic.
    private static int ColumnOfHole(string loader)
    {
        var template = Document(loader, Hole).Json;
        var index = template.IndexOf(Hole, StringComparison.Ordinal);
        return index - template.LastIndexOf('\n', index);
    }

    private static IReadOnlyList<InputError> Load(string loader, string json) => loader switch
    {
        "org-units" => GovernanceDataLoader.LoadOrgHierarchy(Encoding.UTF8.GetBytes(json)).Match(static _ => [], static e => e),
        "report-figures" => GovernanceDataLoader.LoadReportFigures(Encoding.UTF8.GetBytes(json)).Match(static _ => [], static e => e),
        _ => GovernanceDataLoader.LoadCalendarSchedule(Encoding.UTF8.GetBytes(json)).Match(static _ => [], static e => e),
    };
}
