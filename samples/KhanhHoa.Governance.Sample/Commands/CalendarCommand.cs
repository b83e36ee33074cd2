using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Sample.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>calendar</c>: the lunar date and whether a day is worked (and why not), working-day arithmetic and the
/// reporting periods of a year, from the <see cref="BusinessCalendar"/> the container registers.
/// </summary>
internal static class CalendarCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("calendar", "The business and lunar calendar: a day, working-day arithmetic, the reporting periods of a year.");
        command.Subcommands.Add(Day(services));
        command.Subcommands.Add(Add(services));
        command.Subcommands.Add(Periods(services));
        return command;
    }

    private static Command Day(IServiceProvider services)
    {
        var date = CliValues.OptionalDateArgument("date", "The day (today in Asia/Ho_Chi_Minh when omitted).");
        var command = new Command("day", "The lunar date of a day, and whether it is a working day and why.") { date };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var calendar = services.GetRequiredService<BusinessCalendar>();
            var day = CliValues.InCalendar(parsed.GetValue(date) ?? Today(services), "the date");
            var output = terminal.Output;
            output.WriteLine($"{day:uuuu-MM-dd} ({day.DayOfWeek})");
            output.WriteLine(day >= VietnameseLunarCalendar.MinDate && day <= VietnameseLunarCalendar.MaxDate
                ? $"  lunar date:  {VietnameseLunarCalendar.ToLunarDate(day)} (âm lịch)"
                : $"  lunar date:  outside the lunar table ({VietnameseLunarCalendar.MinDate:uuuu-MM-dd} to {VietnameseLunarCalendar.MaxDate:uuuu-MM-dd})");
            var working = calendar.IsWorkingDay(day);
            output.WriteLine($"  working day: {(working ? "yes" : "no")}");
            foreach (var reason in Reasons(calendar, day))
            {
                output.WriteLine($"  why:         {reason}");
            }

            if (!calendar.IsOfficialYear(day.Year))
            {
                output.WriteLine($"  note:        no official schedule is loaded for {day.Year}; Tết and the day next to 2/9 follow the statutory fallback");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<string> Reasons(BusinessCalendar calendar, LocalDate day)
    {
        var off = calendar.NonWorkingDays(day.Year).Where(d => d.Date == day).ToList();
        foreach (var d in off)
        {
            yield return $"{d.Reason} [{d.Kind}] — {d.Source}";
        }

        foreach (var decision in calendar.WorkedRestDays(day.Year).Where(d => d.Date == day))
        {
            yield return $"{decision.Reason} (worked rest day) — {decision.Source}";
        }

        if (off.Count == 0 && day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && !calendar.IsWorkingDay(day))
        {
            yield return "weekly rest day (Saturday and Sunday for state agencies)";
        }
    }

    private static Command Add(IServiceProvider services)
    {
        var start = CliValues.DateArgument("date", "The day to count from (not counted itself, Civil Code 91/2015/QH13 Art. 147(2)).");
        var days = CliValues.WholeNumberArgument("working-days", "How many working days to add; negative counts backwards.");
        var command = new Command("add", "The working day a number of working days after (or before) a date.") { start, days };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var calendar = services.GetRequiredService<BusinessCalendar>();
            var from = CliValues.InCalendar(parsed.GetValue(start), "the date");
            var count = parsed.GetValue(days);
            LocalDate result;
            try
            {
                result = calendar.AddWorkingDays(from, count);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw CliException.BadUsage(string.Create(CultureInfo.InvariantCulture, $"{count} working days from {from:uuuu-MM-dd} falls outside the calendar's range {BusinessCalendar.MinDate:uuuu-MM-dd} to {BusinessCalendar.MaxDate:uuuu-MM-dd}."));
            }

            terminal.Output.WriteLine($"{result:uuuu-MM-dd} ({result.DayOfWeek})");
            terminal.Say(string.Create(CultureInfo.InvariantCulture, $"  {count:+#;-#;0} working days from {from:uuuu-MM-dd}; {Period.DaysBetween(from, result)} calendar days"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Periods(IServiceProvider services)
    {
        var year = CliValues.YearArgument("year", "The year (2001–2099).");
        var kind = new Option<string>("--kind")
        {
            Description = "The kind of period.",
            DefaultValueFactory = _ => "month",
        };
        kind.AcceptOnlyFromAmong("month", "quarter", "half", "nine-months", "year");
        var cutoff = CliValues.CutoffOption();
        var command = new Command("periods", "The reporting periods of a year under a cut-off rule, with their first and last days.") { year, kind, cutoff };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var y = parsed.GetValue(year);
            var periodKind = parsed.GetValue(kind) switch
            {
                "quarter" => ReportingPeriodKind.Quarter,
                "half" => ReportingPeriodKind.HalfYear,
                "nine-months" => ReportingPeriodKind.NineMonths,
                "year" => ReportingPeriodKind.Year,
                _ => ReportingPeriodKind.Month,
            };
            var rule = parsed.GetValue(cutoff);
            terminal.Say($"{periodKind} periods of {y}, cut-off {rule}:");
            foreach (var period in ReportingPeriod.InYear(y, periodKind, rule))
            {
                terminal.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{period.Id,-8} {period.Start:uuuu-MM-dd} {period.End:uuuu-MM-dd} {period.DayCount,4} days"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static LocalDate Today(IServiceProvider services) =>
        services.GetRequiredService<IClock>().GetCurrentInstant().InZone(services.GetRequiredService<DateTimeZone>()).Date;
}
