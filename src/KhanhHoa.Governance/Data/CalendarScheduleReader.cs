using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Json;

namespace KhanhHoa.Governance.Data;

// Reads a schedule of official day-off and working-day decisions (khanhhoa-governance/calendar-decisions/1).
internal static class CalendarScheduleReader
{
    public static InputResult<CalendarSchedule> Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = JsonFieldReader.Open(utf8Json, out var root);
        if (root is null)
        {
            return InputResult<CalendarSchedule>.ForErrors(reader.Errors);
        }

        if (reader.String(root, "schema", required: true) is { } schema && schema != GovernanceDataLoader.CalendarScheduleSchema)
        {
            reader.Add(root, "schema", $"expected \"{GovernanceDataLoader.CalendarScheduleSchema}\"");
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
