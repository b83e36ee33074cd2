using System.Text.Json;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;

namespace KhanhHoa.Governance.Tests.Calendar;

// Writes a schedule in the host format (khanhhoa-governance/calendar-decisions/1), so the compiled default can feed
// the loader's round-trip and hostile-input tests.
internal static class CalendarScheduleJson
{
    public static byte[] Write(CalendarSchedule schedule)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", GovernanceDataLoader.CalendarScheduleSchema);
            json.WriteString("version", schedule.Version);
            json.WriteStartArray("years");
            foreach (var year in schedule.Years)
            {
                json.WriteStartObject();
                json.WriteNumber("year", year);
                json.WriteStartArray("decisions");
                foreach (var decision in schedule.Decisions.Where(d => d.Date.Year == year))
                {
                    json.WriteStartObject();
                    json.WriteString("date", decision.Date.ToString("uuuu-MM-dd", null));
                    json.WriteBoolean("working", decision.IsWorkingDay);
                    json.WriteString("reason", decision.Reason);
                    json.WriteString("source", decision.Source);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
