using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The units' submissions a report is composed with, the same for <c>rollup</c> and <c>merge</c>: a host's files
/// (<c>--submissions</c>), else for 2025-09 on the embedded plans the demo's (<see cref="DemoSubmissions"/>), else none
/// (the demo's illustrative progress).
/// </summary>
internal static class ReportSubmissions
{
    /// <summary><c>--submissions</c>.</summary>
    public static Option<string?> Option() => new("--submissions")
    {
        Description = "The units' submissions (a file or a folder of .csv and .json, as 'submissions check' reads them): the task section, completeness and submitted figures come from them. Without it, the period 2025-09 uses the embedded set (report 87's figures from Công an tỉnh, SYNTHETIC progress from the other units); other periods show SYNTHETIC illustrative progress.",
        HelpName = "FILE|DIR",
    };

    /// <summary>
    /// A host's submissions are its units' own reports; the demo's are labelled per submission and report on the
    /// embedded plans, so a run with a host's own plans (<paramref name="embeddedPlans"/> false) gets none.
    /// </summary>
    /// <param name="rejected">Whether any of the host's files was rejected (listed on standard error; the command still writes the report of the others, then exits 1).</param>
    public static IReadOnlyList<SubmittedReport>? Resolve(string? path, ReportingPeriod period, GovernanceData data, bool embeddedPlans, IServiceProvider services, Terminal terminal, out bool rejected)
    {
        rejected = false;
        var desk = SubmissionInputs.Desk(data);
        if (path is not null)
        {
            var intake = terminal.Step("read the submissions", _ => SubmissionInputs.Read(path, "--submissions", desk, terminal, services.GetRequiredService<IClock>(), services.GetRequiredService<DateTimeZone>()));
            rejected = SubmissionInputs.ListRejected(intake, terminal);
            SayOtherPeriods(intake.Accepted, period, terminal);
            return [.. intake.Accepted.Select(static s => new SubmittedReport(s, Provenance.Reported))];
        }

        return DemoSubmissions.Cover(period, embeddedPlans)
            ? terminal.Step("read the embedded submissions", _ => DemoSubmissions.Read(data, desk, services.GetRequiredService<BusinessCalendar>()))
            : null;
    }

    // A folder of another month given by mistake would otherwise read as nobody having reported.
    private static void SayOtherPeriods(IEnumerable<Submissions.CheckedSubmission> accepted, ReportingPeriod period, Terminal terminal)
    {
        var others = accepted.Select(static s => s.Submission.Period.Id).Where(id => id != period.Id).GroupBy(static id => id).OrderBy(static g => g.Key, StringComparer.Ordinal).ToList();
        if (others.Count > 0)
        {
            var counts = string.Join(", ", others.Select(static g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Count()}")));
            terminal.Say(string.Create(CultureInfo.InvariantCulture, $"Note: {others.Sum(static g => g.Count())} submissions are for other periods than {period.Id} ({counts}); they are not counted in this report."));
        }
    }

    /// <summary>The exit code of a report written with <paramref name="rejected"/> files left out: bad input, once the rest is written.</summary>
    public static int Exit(int written, bool rejected) => rejected && written == ExitCodes.Success ? ExitCodes.BadInput : written;
}
