using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using KhanhHoa.Governance.Calendar;
using NodaTime.Text;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// Parsers for the values the verbs share (dates, cut-off rules, periods), so a malformed value is a usage error
/// (exit code 2) that names the option and what it accepts.
/// </summary>
internal static class CliValues
{
    /// <summary>A date argument in ISO form.</summary>
    public static Argument<LocalDate> DateArgument(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result => ParseDate(result, name),
    };

    /// <summary>An optional date argument; the action supplies the default (usually today).</summary>
    public static Argument<LocalDate?> OptionalDateArgument(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = result => result.Tokens.Count == 0 ? null : ParseDate(result, name),
    };

    /// <summary>A date option in ISO form.</summary>
    public static Option<LocalDate?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result => ParseDate(result, name),
    };

    /// <summary>A whole-number argument (negative allowed), or a usage error naming it in the host's words.</summary>
    public static Argument<int> WholeNumberArgument(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => WholeNumber(result, $"<{name}>", int.MinValue, int.MaxValue),
    };

    /// <summary>A year argument: one of the years a period can have (<see cref="ReportingPeriod.FirstSupportedYear"/>–<see cref="ReportingPeriod.LastSupportedYear"/>).</summary>
    public static Argument<int> YearArgument(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy",
        CustomParser = result => WholeNumber(result, $"<{name}>", ReportingPeriod.FirstSupportedYear, ReportingPeriod.LastSupportedYear),
    };

    /// <summary>An optional year option, in the years a period can have.</summary>
    public static Option<int?> YearOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy",
        CustomParser = result => WholeNumber(result, name, ReportingPeriod.FirstSupportedYear, ReportingPeriod.LastSupportedYear),
    };

    /// <summary>A count option: a whole number from 1 to <paramref name="max"/>, or a usage error naming the option.</summary>
    public static Option<int> CountOption(string name, string description, int defaultValue, int max) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= max)
            {
                return count;
            }

            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} '{text}': expected a whole number from 1 to {max:N0}."));
            return default;
        },
    };

    /// <summary>
    /// Parses an option that takes one of a few words, refusing anything else in one sentence that names them (the
    /// library's own "Argument not recognized" message spans several lines).
    /// </summary>
    public static Func<ArgumentResult, string?> OneOf(string option, IReadOnlyList<string> choices) => result =>
    {
        var text = result.Tokens.Single().Value;
        if (choices.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        result.AddError($"{option} '{text}': expected {string.Join(", ", choices.Take(choices.Count - 1))}{(choices.Count > 1 ? " or " : string.Empty)}{choices[^1]}.");
        return null;
    };

    /// <summary><c>--cutoff administrative|calendar|DAY</c>, administrative by default.</summary>
    public static Option<CutoffRule> CutoffOption() => new("--cutoff")
    {
        Description = "Cut-off rule of the periods: a day 1-28 (15 by default, report 87/BC-BCĐ's: 16th to 15th), 'administrative' (15th to 14th, Decree 09/2019/NĐ-CP Art. 12) or 'calendar'.",
        HelpName = "administrative|calendar|DAY",
        DefaultValueFactory = _ => SampleDefaults.Cutoff,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            var parsed = CutoffRule.Parse(text);
            if (parsed.IsT1)
            {
                result.AddError($"--cutoff '{text}': {parsed.AsT1.Message}.");
            }

            return parsed.IsT0 ? parsed.AsT0 : default;
        },
    };

    /// <summary>Reads a period id under a cut-off rule, or fails as bad usage naming the option.</summary>
    public static ReportingPeriod Period(string text, CutoffRule cutoff, string option = "--period")
    {
        var parsed = ReportingPeriod.Parse(text, cutoff);
        return parsed.IsT0 ? parsed.AsT0 : throw CliException.BadUsage($"{option} '{text}': {parsed.AsT1.Message}.");
    }

    /// <summary>
    /// Checks a period id typed for verbs whose data sets each read it under their own cut-off: its form and its year
    /// (the cut-off does not change either), so a mistyped month or an unsupported year is named as such.
    /// </summary>
    public static string PeriodId(string text, string option = "--period")
    {
        _ = Period(text, CutoffRule.Administrative, option);
        return text;
    }

    /// <summary>Fails as bad usage when <paramref name="date"/> is outside the business calendar's range.</summary>
    public static LocalDate InCalendar(LocalDate date, string what)
    {
        if (date < BusinessCalendar.MinDate || date > BusinessCalendar.MaxDate)
        {
            throw CliException.BadUsage($"{what} {date:uuuu-MM-dd} is outside the calendar's range {BusinessCalendar.MinDate:uuuu-MM-dd} to {BusinessCalendar.MaxDate:uuuu-MM-dd}.");
        }

        return date;
    }

    // The parser's own message for a number names .NET types ("as expected type 'System.Int32'"); the host says what it
    // expects instead.
    private static int WholeNumber(ArgumentResult result, string name, int min, int max)
    {
        var text = result.Tokens.Single().Value;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(min == int.MinValue
            ? $"{name} '{text}': expected a whole number."
            : string.Create(CultureInfo.InvariantCulture, $"{name} '{text}': expected a year from {min} to {max}."));
        return default;
    }

    private static LocalDate ParseDate(ArgumentResult result, string name)
    {
        var text = result.Tokens.Single().Value;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            result.AddError($"{name} '{text}': expected a date yyyy-MM-dd.");
            return default;
        }

        return parsed.Value;
    }
}
