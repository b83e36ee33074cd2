using KhanhHoa.Governance.Calendar;
using System.Globalization;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// The door every submission comes through, whatever its format: it checks types and bounds, that the unit, data set,
/// period, elements, plans and tasks exist and belong together, that dates fall in the period, then runs the data set's
/// consistency rules. Any error or blocking-rule violation rejects the submission; other violations are findings.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SubmissionDesk
{
    /// <summary>Opens the desk on a province's data sets, organisation and plans.</summary>
    /// <param name="dataSets">The data sets.</param>
    /// <param name="units">The effective-dated organisation (a unit must exist on its period's last day).</param>
    /// <param name="plans">The plans whose tasks progress is reported on.</param>
    public SubmissionDesk(DataSetCatalog dataSets, OrgHierarchy units, IReadOnlyList<Plan> plans)
    {
        ArgumentNullException.ThrowIfNull(dataSets);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(plans);
        DataSets = dataSets;
        Units = units;
        Plans = plans;
        Assignments = new TaskAssignments(new ResponsibilityMatrix(plans), dataSets.Collectives);
    }

    /// <summary>The data sets.</summary>
    public DataSetCatalog DataSets { get; }

    /// <summary>The organisation.</summary>
    public OrgHierarchy Units { get; }

    /// <summary>The plans.</summary>
    public IReadOnlyList<Plan> Plans { get; }

    /// <summary>Which units carry which tasks.</summary>
    public TaskAssignments Assignments { get; }

    /// <summary>The units that must send <paramref name="dataSet"/> for <paramref name="period"/> (<see cref="TaskAssignments.Reporters"/> on the period's last day); none before the data set is in force.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="period">A period of the data set.</param>
    /// <returns>The unit codes, ordinal order.</returns>
    public IReadOnlyList<string> ExpectedReporters(DataSet dataSet, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        return dataSet.InForceFrom is { } from && period.End < from ? [] : Assignments.Reporters(dataSet, Units.AsOf(period.End));
    }

    /// <summary>Checks a submission.</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="locate">Turns a place and a message into a located error (file and line, sheet and cell, JSON path); <see cref="SubmissionPlace.Unlocated"/> when <see langword="null"/>.</param>
    /// <returns>The accepted submission with its findings, or every error.</returns>
    public InputResult<CheckedSubmission> Check(Submission submission, Func<SubmissionPlace, string, InputError>? locate = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        locate ??= static (place, message) => place.Unlocated(message);
        var errors = new List<InputError>();
        void Fail(SubmissionPart part, int index, string field, string message) => errors.Add(locate(new SubmissionPlace(part, index, field), message));

        var dataSet = DataSets.Find(submission.DataSetCode);
        if (dataSet is null)
        {
            Fail(SubmissionPart.Header, 0, "data_set", $"unknown data set '{submission.DataSetCode}'");
            return InputResult<CheckedSubmission>.ForErrors(errors);
        }

        var period = submission.Period;
        if (period.Cutoff != dataSet.Cutoff || dataSet.DutyFor(period.Kind) is null)
        {
            Fail(SubmissionPart.Header, 0, "period", $"period {period.Id} (cut-off {period.Cutoff}) is not one of data set {dataSet.Code}'s: {string.Join(", ", dataSet.Duties.Select(static d => d.PeriodKind))} periods, cut-off {dataSet.Cutoff}");
        }
        else if (dataSet.InForceFrom is { } from && period.End < from)
        {
            Fail(SubmissionPart.Header, 0, "period", $"data set {dataSet.Code} applies from {from:uuuu-MM-dd}; period {period.Id} ends before");
        }

        if (submission.SubmittedAt.Date < period.Start)
        {
            Fail(SubmissionPart.Header, 0, "submitted_at", $"sent {submission.SubmittedAt:uuuu-MM-dd'T'HH:mm}, before period {period.Id} began ({period.Start:uuuu-MM-dd})");
        }

        var unit = Units.Find(submission.UnitCode);
        var reporter = unit;
        if (unit is null)
        {
            Fail(SubmissionPart.Header, 0, "unit_code", $"unknown unit '{submission.UnitCode}'");
        }
        else if (!unit.IsValidOn(period.End))
        {
            Fail(SubmissionPart.Header, 0, "unit_code", $"unit '{unit.Code}' does not exist on {period.End:uuuu-MM-dd}, the last day of period {period.Id}");
            reporter = null;
        }
        else if (!Assignments.MustReport(dataSet, unit))
        {
            Fail(SubmissionPart.Header, 0, "unit_code", $"unit '{unit.Code}' does not report data set {dataSet.Code}");
            reporter = null;
        }

        // Which figures are the unit's own is asked only of a unit that reports the data set at all.
        var numbers = CheckFigures(submission, dataSet, reporter, Fail);
        CheckProgress(submission, dataSet, unit, Fail);
        for (var i = 0; i < submission.Difficulties.Count; i++)
        {
            var difficulty = submission.Difficulties[i];
            if (string.IsNullOrWhiteSpace(difficulty.Text))
            {
                Fail(SubmissionPart.Difficulty, i, "text", "a difficulty needs its text");
            }

            if (string.IsNullOrWhiteSpace(difficulty.Topic))
            {
                Fail(SubmissionPart.Difficulty, i, "topic", "a difficulty needs a topic");
            }
        }

        if (errors.Count > 0)
        {
            return InputResult<CheckedSubmission>.ForErrors(errors);
        }

        var findings = new List<RuleResult>();
        foreach (var rule in dataSet.Rules)
        {
            var result = rule.Rule.Check(numbers);
            if (result.Outcome != RuleOutcome.Violated)
            {
                continue;
            }

            if (rule.Blocking)
            {
                Fail(SubmissionPart.Header, 0, "data_set", $"blocking rule {rule.Rule.Id} ({rule.Rule.Description}): {result.Message}");
            }
            else
            {
                findings.Add(result);
            }
        }

        return errors.Count > 0
            ? InputResult<CheckedSubmission>.ForErrors(errors)
            : InputResult<CheckedSubmission>.ForValue(new CheckedSubmission(submission, dataSet, numbers, findings));
    }

    private static Dictionary<string, PrintedNumber> CheckFigures(Submission submission, DataSet dataSet, OrgUnit? unit, Action<SubmissionPart, int, string, string> fail)
    {
        var numbers = new Dictionary<string, PrintedNumber>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < submission.Figures.Count; i++)
        {
            var figure = submission.Figures[i];
            if (dataSet.FindElement(figure.Element) is not { } element)
            {
                fail(SubmissionPart.Figure, i, "element", dataSet.Elements.Count == 0
                    ? $"data set {dataSet.Code} collects no figures"
                    : $"unknown element '{figure.Element}' in data set {dataSet.Code}");
                continue;
            }

            if (!seen.Add(element.Code))
            {
                fail(SubmissionPart.Figure, i, "element", $"element '{element.Code}' is given twice");
                continue;
            }

            // A figure comes from its owners only; another unit's copy would be counted twice in the province's value.
            if (unit is not null && !dataSet.OwnersOf(element).Covers(unit.Code, unit.Kind))
            {
                fail(SubmissionPart.Figure, i, "element", $"element '{element.Code}' is not reported by unit '{unit.Code}'; its owners are {Owners(dataSet.OwnersOf(element))}");
                continue;
            }

            var read = element.Read(figure.Value);
            if (read.TryPickT1(out var error, out var number))
            {
                fail(SubmissionPart.Figure, i, "value", $"{element.Code}: '{figure.Value}' is {error.Message}");
            }
            else if (number is { } value)
            {
                numbers[element.Code] = Printed(value, element.Unit == UnitOfMeasure.Percent);
            }
        }

        return numbers;
    }

    private static string Owners(ReportingUnits owners) =>
        string.Join(", ", owners.Codes.Concat(owners.Kinds.Select(static k => "every " + k)));

    // The decimals the unit wrote are the precision it claims, as for a printed figure.
    internal static PrintedNumber Printed(decimal value, bool percent)
    {
        var decimals = value.Scale;
        var text = VietnameseNumber.Format(value, decimals) + (percent ? "%" : string.Empty);
        return new PrintedNumber(value, decimals, percent, NumberReading.Vietnamese, null, text);
    }

    private void CheckProgress(Submission submission, DataSet dataSet, OrgUnit? unit, Action<SubmissionPart, int, string, string> fail)
    {
        var period = submission.Period;
        var sentOn = submission.SubmittedAt.Date;
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < submission.Progress.Count; i++)
        {
            var progress = submission.Progress[i];
            var plan = Plans.FirstOrDefault(p => p.Id == progress.PlanId);
            if (plan is null)
            {
                fail(SubmissionPart.Progress, i, "plan", $"unknown plan '{progress.PlanId}'");
                continue;
            }

            if (dataSet.PlanId != plan.Id)
            {
                fail(SubmissionPart.Progress, i, "plan", $"data set {dataSet.Code} does not collect progress on plan {plan.Id}");
                continue;
            }

            var task = plan.Tasks.FirstOrDefault(t => t.Id == progress.TaskId);
            if (task is null)
            {
                fail(SubmissionPart.Progress, i, "task", $"plan {plan.Id} has no task '{progress.TaskId}'");
                continue;
            }

            if (plan.HasChildren(task))
            {
                fail(SubmissionPart.Progress, i, "task", $"task {task.Id} of plan {plan.Id} is a group heading; report on its sub-tasks");
                continue;
            }

            if (!seen.Add((plan.Id, task.Id)))
            {
                fail(SubmissionPart.Progress, i, "task", $"task {task.Id} of plan {plan.Id} is reported twice");
            }

            if (unit is not null && Assignments.RoleOf(unit, plan.Id, task.Id) is null)
            {
                fail(SubmissionPart.Progress, i, "task", $"task {task.Id} of plan {plan.Id} is not assigned to unit '{unit.Code}' (neither lead nor coordinating)");
            }

            if (progress.Percent is < 0 or > 100)
            {
                fail(SubmissionPart.Progress, i, "percent", string.Create(CultureInfo.InvariantCulture, $"a percentage must be between 0 and 100, not {progress.Percent}"));
            }

            switch (progress.Status)
            {
                case ProgressUpdateKind.Completed when progress.CompletedOn is null:
                    fail(SubmissionPart.Progress, i, "completed_on", "a completed task needs completed_on");
                    break;
                case ProgressUpdateKind.Extended when progress.NewDueDate is null:
                    fail(SubmissionPart.Progress, i, "new_due_date", "an extension needs new_due_date");
                    break;
                case ProgressUpdateKind.Extended when progress.Decision is null:
                    fail(SubmissionPart.Progress, i, "decision", "an extension needs the number of the document that granted it");
                    break;
            }

            if (progress.CompletedOn is { } done && (!period.Contains(done) || done > sentOn))
            {
                fail(SubmissionPart.Progress, i, "completed_on", $"completed_on {done:uuuu-MM-dd} is outside period {period.Id} ({period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}) or after the report was sent");
            }

            if (progress.NewDueDate is { } due && due < period.Start)
            {
                fail(SubmissionPart.Progress, i, "new_due_date", $"new_due_date {due:uuuu-MM-dd} is before period {period.Id} began ({period.Start:uuuu-MM-dd})");
            }
        }
    }
}
