using System.CommandLine;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The units' submissions a report is composed with, the same for <c>rollup</c> and <c>merge</c>: a host's files
/// (<c>--submissions</c>), else for 2025-09 on the embedded data the embedded set, else none (the sample's illustrative
/// progress).
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
    /// A host's submissions are its units' own reports; the embedded set is labelled per submission and reports on the
    /// embedded plans, so data with a host's own plans gets none.
    /// </summary>
    public static IReadOnlyList<SubmittedReport>? Resolve(string? path, ReportingPeriod period, GovernanceData data, IServiceProvider services, Terminal terminal)
    {
        var desk = SubmissionInputs.Desk(data);
        if (path is not null)
        {
            return terminal.Step("read the submissions", _ => SubmissionInputs.Read(path, "--submissions", desk, terminal).Select(static s => new SubmittedReport(s, Provenance.Reported)).ToList());
        }

        var embedded = ReferenceEquals(data, services.GetRequiredService<GovernanceData>());
        return embedded && period.Kind == ReportingPeriodKind.Month && period.Id == DefaultSubmissions.PeriodId
            ? terminal.Step("read the embedded submissions", _ => DefaultSubmissions.Read(data, desk, services.GetRequiredService<BusinessCalendar>()))
            : null;
    }
}
