using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using OneOf;

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

    private static readonly Lazy<CalendarSchedule> DefaultSchedule = new(LoadDefault);

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
    /// Reads a schedule. Every problem of the file is reported at once with its JSON path; nothing is loaded when any is found.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The schedule, or every error found.</returns>
    public static OneOf<CalendarSchedule, IReadOnlyList<ParseError>> Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new List<ParseError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new[] { new ParseError($"not valid JSON: {e.Message}", "$", (int?)e.BytePositionInLine) };
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new[] { new ParseError("expected an object", "$") };
            }

            if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String || schema.GetString() != Schema)
            {
                errors.Add(new ParseError($"expected \"{Schema}\"", "$.schema"));
            }

            var version = ReadString(root, "version", "$", errors);
            var years = new List<int>();
            var decisions = new List<CalendarDecision>();
            if (!root.TryGetProperty("years", out var yearsElement) || yearsElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new ParseError("expected an array of years", "$.years"));
            }
            else
            {
                ReadYears(yearsElement, years, decisions, errors);
            }

            if (errors.Count > 0)
            {
                return errors;
            }

            years.Sort();
            decisions.Sort((a, b) => a.Date.CompareTo(b.Date));
            return new CalendarSchedule(version ?? string.Empty, years, decisions);
        }
    }

    private static void ReadYears(JsonElement yearsElement, List<int> years, List<CalendarDecision> decisions, List<ParseError> errors)
    {
        var seenDates = new HashSet<LocalDate>();
        var index = 0;
        foreach (var yearElement in yearsElement.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.years[{index++}]");
            if (!yearElement.TryGetProperty("year", out var yearValue) || !yearValue.TryGetInt32(out var year) || year is < 1 or > 9999)
            {
                errors.Add(new ParseError("expected a year number", path + ".year"));
                continue;
            }

            if (years.Contains(year))
            {
                errors.Add(new ParseError($"year {year} is listed twice", path + ".year"));
            }

            years.Add(year);
            if (!yearElement.TryGetProperty("decisions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new ParseError("expected an array of decisions", path + ".decisions"));
                continue;
            }

            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}.decisions[{i++}]");
                var dateText = ReadString(item, "date", itemPath, errors);
                var reason = ReadString(item, "reason", itemPath, errors);
                var source = ReadString(item, "source", itemPath, errors);
                bool? working = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("working", out var w) && w.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? w.GetBoolean()
                    : null;
                if (working is null)
                {
                    errors.Add(new ParseError("expected true or false", itemPath + ".working"));
                }

                if (dateText is null || reason is null || source is null || working is null)
                {
                    continue;
                }

                var parsed = LocalDatePattern.Iso.Parse(dateText);
                if (!parsed.Success)
                {
                    errors.Add(new ParseError($"expected a date yyyy-MM-dd, got \"{dateText}\"", itemPath + ".date"));
                }
                else if (parsed.Value.Year != year)
                {
                    errors.Add(new ParseError($"{dateText} is not in year {year}", itemPath + ".date"));
                }
                else if (!seenDates.Add(parsed.Value))
                {
                    errors.Add(new ParseError($"{dateText} is listed twice", itemPath + ".date"));
                }
                else
                {
                    decisions.Add(new CalendarDecision(parsed.Value, working.Value, reason, source));
                }
            }
        }
    }

    private static string? ReadString(JsonElement parent, string name, string path, List<ParseError> errors)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        errors.Add(new ParseError("expected a non-empty string", $"{path}.{name}"));
        return null;
    }

    private static CalendarSchedule LoadDefault()
    {
        using var stream = typeof(CalendarSchedule).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"embedded resource {DefaultResource} is missing");
        using var reader = new StreamReader(stream);
        return Load(reader.ReadToEnd()).Match(
            schedule => schedule,
            errors => throw new InvalidOperationException("embedded calendar data is invalid: " + string.Join("; ", errors)));
    }
}
