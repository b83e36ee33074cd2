using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting;

namespace KhanhHoa.Governance.Web.Hosting;

/// <summary>
/// The data the library works on: its embedded defaults, or a host's own files in the same JSON formats (agencies,
/// organisation and plans together; data sets; a calendar schedule). A bad file stops the start with every error.
/// </summary>
internal static class LibraryData
{
    /// <summary>The province's data under <paramref name="options"/>.</summary>
    public static Province Load(WebOptions options, string contentRoot)
    {
        var data = GovernanceData.Default;
        var own = new[] { options.Agencies, options.OrgUnits, options.Plans };
        if (own.Any(static f => f is not null))
        {
            if (own.Any(static f => f is null))
            {
                throw new InvalidOperationException("Governance:Agencies, Governance:OrgUnits and Governance:Plans are given together or not at all.");
            }

            data = Checked(GovernanceData.Load(Read(options.Agencies!, contentRoot), Read(options.OrgUnits!, contentRoot), Read(options.Plans!, contentRoot)), "Governance:Agencies/OrgUnits/Plans");
        }

        var catalog = options.DataSets is { } dataSets ? Checked(data.LoadDataSets(Read(dataSets, contentRoot)), dataSets) : data.DataSets;
        return new Province(data, catalog);
    }

    /// <summary>Adds a host's calendar decisions, when configured.</summary>
    public static void AddCalendar(BusinessCalendarOptions calendar, WebOptions options, string contentRoot)
    {
        if (options.Calendar is { } file)
        {
            calendar.Schedules.Add(Checked(GovernanceDataLoader.LoadCalendarSchedule(Read(file, contentRoot)), file));
        }
    }

    /// <summary>The host's letterhead, or the console sample's (report 87's, embedded in the service too).</summary>
    public static ReportLetterhead Letterhead(WebOptions options, string contentRoot)
    {
        if (options.Letterhead is { } file)
        {
            return Checked(ReportLetterhead.Read(Read(file, contentRoot), file), file);
        }

        using var stream = typeof(LibraryData).Assembly.GetManifestResourceStream(LetterheadResource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return ReportLetterhead.Read(copy.ToArray(), "report-letterhead.json").GetValueOrThrow();
    }

    private const string LetterheadResource = "KhanhHoa.Governance.Web.report-letterhead.json";

    private static byte[] Read(string file, string contentRoot) => File.ReadAllBytes(Path.Combine(contentRoot, file));

    private static T Checked<T>(InputResult<T> result, string source) => result.TryGetValue(out var value)
        ? value
        : throw new InvalidOperationException($"{source}: {result.Errors.Count} error(s): " + string.Join("; ", result.Errors));
}
