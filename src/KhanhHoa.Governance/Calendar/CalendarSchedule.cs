using System.Text;
using KhanhHoa.Governance.Json;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// A versioned set of yearly official decisions on days off and working days (the JSON contract
/// <c>khanhhoa-governance/calendar-decisions/1</c>). <see cref="Default"/> holds the 2024–2026 schedules for state
/// agencies, each day citing its document; hosts load further years with <see cref="Load"/>.
/// </summary>
/// <remarks>
/// A year listed in a schedule is an <em>official year</em>: its decisions replace the library's fallback rule for
/// the days the Prime Minister fixes (Labour Code 45/2019/QH14 Art. 112(3)), so a year's entry must list all of them.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CalendarSchedule
{
    /// <summary>The JSON schema identifier this loader reads.</summary>
    public const string Schema = "khanhhoa-governance/calendar-decisions/1";

    private const string DefaultResource = "KhanhHoa.Governance.Data.vn-civil-service-calendar.json";

    private static readonly Lazy<CalendarSchedule> DefaultSchedule = new(() => EmbeddedJson.Load<CalendarSchedule>(DefaultResource, LoadUtf8));

    private CalendarSchedule(string version, IReadOnlyList<int> years, IReadOnlyList<CalendarDecision> decisions)
    {
        Version = version;
        Years = years;
        Decisions = decisions;
    }

    /// <summary>The embedded schedules for state agencies, 2024–2026.</summary>
    public static CalendarSchedule Default => DefaultSchedule.Value;

    /// <summary>The data version (the date it was last checked against the sources).</summary>
    public string Version { get; }

    /// <summary>The years the schedule covers, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The decisions, by date.</summary>
    public IReadOnlyList<CalendarDecision> Decisions { get; }

    /// <summary>
    /// Reads a schedule. Every problem of the file is reported at once with its JSON path, line and column; nothing is
    /// loaded when any is found.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule, or every error found.</returns>
    public static InputResult<CalendarSchedule> Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return LoadUtf8(Encoding.UTF8.GetBytes(json));
    }

    private static InputResult<CalendarSchedule> LoadUtf8(ReadOnlySpan<byte> utf8Json)
    {
        var reader = JsonFieldReader.Open(utf8Json, out var root);
        if (root is null)
        {
            return InputResult<CalendarSchedule>.ForErrors(reader.Errors);
        }

        if (reader.String(root, "schema", required: true) is { } schema && schema != Schema)
        {
            reader.Add(root, "schema", $"expected \"{Schema}\"");
        }

        var version = reader.String(root, "version", required: true);
        var years = new List<int>();
        var decisions = new List<CalendarDecision>();
        ReadYears(reader, root, years, decisions);
        if (reader.Errors.Count > 0)
        {
            return InputResult<CalendarSchedule>.ForErrors(reader.Errors);
        }

        years.Sort();
        decisions.Sort((a, b) => a.Date.CompareTo(b.Date));
        return InputResult<CalendarSchedule>.ForValue(new CalendarSchedule(version!, years, decisions));
    }

    private static void ReadYears(JsonFieldReader reader, JsonSourceNode root, List<int> years, List<CalendarDecision> decisions)
    {
        var seenDates = new HashSet<LocalDate>();
        var seenYears = new HashSet<int>();
        foreach (var yearNode in reader.Objects(root, "years", required: true))
        {
            if (reader.Int(yearNode, "year", required: true) is not { } year)
            {
                continue;
            }

            if (year is < 1 or > 9999)
            {
                reader.Add(yearNode, "year", $"expected a year between 1 and 9999, got {year}");
                continue;
            }

            if (seenYears.Add(year))
            {
                years.Add(year);
            }
            else
            {
                reader.Add(yearNode, "year", $"year {year} is listed twice");
            }

            foreach (var item in reader.Objects(yearNode, "decisions", required: true))
            {
                var date = reader.Date(item, "date", required: true);
                var working = reader.Bool(item, "working", required: true);
                var reason = reader.String(item, "reason", required: true);
                var source = reader.String(item, "source", required: true);
                if (date is not { } day || working is null || reason is null || source is null)
                {
                    continue;
                }

                if (day.Year != year)
                {
                    reader.Add(item, "date", $"{day:uuuu-MM-dd} is not in year {year}");
                }
                else if (!seenDates.Add(day))
                {
                    reader.Add(item, "date", $"{day:uuuu-MM-dd} is listed twice");
                }
                else
                {
                    decisions.Add(new CalendarDecision(day, working.Value, reason, source));
                }
            }
        }
    }
}
