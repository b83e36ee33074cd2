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
/// (<c>--submissions</c>); else, in the demo only, for 2025-09 the demo's (<see cref="DemoSubmissions"/>) and for
/// other periods the demo's illustrative progress; else none received.
/// </summary>
internal static class ReportSubmissions
{
    /// <summary><c>--submissions</c>.</summary>
    public static Option<string?> Option() => new("--submissions")
    {
        Description = "The units' submissions (a file or a folder of .csv and .json, as 'submissions check' reads them): the task section, completeness and submitted figures come from them. Without it, a run on --dossiers reports that no submission was received; the demo (no --dossiers) uses for 2025-09 the embedded set (report 87's figures from their owners, SYNTHETIC parts and progress) and for other periods SYNTHETIC illustrative progress.",
        HelpName = "FILE|DIR",
    };

    /// <summary>
    /// A host's submissions are its units' own reports. Without them, a demo run (synthetic dossiers on the embedded
    /// plans) gets the demo's: for 2025-09 its labelled submissions, else <see langword="null"/> (the demo's illustrative
    /// progress); a run on real dossiers gets none received (an empty list), so no demo data enters its report.
    /// </summary>
    /// <param name="demo">Whether the run is the demo (synthetic dossiers, the embedded plans).</param>
    /// <param name="rejected">Whether any of the host's files was rejected (listed on standard error; the command still writes the report of the others, then exits 1).</param>
    public static IReadOnlyList<SubmittedReport>? Resolve(string? path, ReportingPeriod period, GovernanceData data, bool demo, IServiceProvider services, Terminal terminal, out bool rejected)
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

        if (!demo)
        {
            return [];
        }

        return DemoSubmissions.Cover(period, embeddedPlans: true)
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
