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

    private SubmissionDesk(SubmissionDesk desk, LocalDateTime? receivedAt, string? sentAs)
    {
        DataSets = desk.DataSets;
        Units = desk.Units;
        Plans = desk.Plans;
        Assignments = desk.Assignments;
        ClockTolerance = desk.ClockTolerance;
        Language = desk.Language;
        ReceivedAt = receivedAt;
        SentAs = sentAs;
    }

    /// <summary>The data sets.</summary>
    public DataSetCatalog DataSets { get; }

    /// <summary>The organisation.</summary>
    public OrgHierarchy Units { get; }

    /// <summary>The plans.</summary>
    public IReadOnlyList<Plan> Plans { get; }

    /// <summary>Which units carry which tasks.</summary>
    public TaskAssignments Assignments { get; }

    /// <summary>
    /// How much later than its receipt a declared time of sending may be (the sender's and the receiver's clocks differ a
    /// little); later is an error. 15 minutes unless set.
    /// </summary>
    public Duration ClockTolerance { get; init; } = Duration.FromMinutes(15);

    /// <summary>The language of the desk's messages: Vietnamese unless set (English for developers).</summary>
    public MessageLanguage Language { get; init; }

    /// <summary>When the file being checked was received (<see cref="Receiving"/>), or <see langword="null"/>.</summary>
    public LocalDateTime? ReceivedAt { get; }

    /// <summary>The unit the file being checked was sent as (<see cref="Receiving"/>), or <see langword="null"/>.</summary>
    public string? SentAs { get; }

    /// <summary>
    /// This desk receiving one file: each submission it checks is stamped <see cref="Submission.ReceivedAt"/> =
    /// <paramref name="receivedAt"/>, and rejected when its declared time is later (beyond <see cref="ClockTolerance"/>) or,
    /// with <paramref name="sentAs"/>, when it is another unit's.
    /// </summary>
    /// <param name="receivedAt">When the receiver got the file, local time (<see langword="null"/>: unknown).</param>
    /// <param name="sentAs">The unit the file was sent as, or <see langword="null"/>.</param>
    /// <returns>A desk on the same data.</returns>
    public SubmissionDesk Receiving(LocalDateTime? receivedAt, string? sentAs) => new(this, receivedAt, sentAs);

    /// <summary>The units that must send <paramref name="dataSet"/> for <paramref name="period"/> (<see cref="TaskAssignments.Reporters"/> on the period's last day); none before the data set is in force.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="period">A period of the data set.</param>
    /// <returns>The unit codes, ordinal order.</returns>
    public IReadOnlyList<string> ExpectedReporters(DataSet dataSet, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        return dataSet.InForceFrom is { } from && period.End < from ? [] : Assignments.Reporters(dataSet, Units.AsOf(period.End));
    }

    /// <summary>Checks a submission built in code.</summary>
    /// <param name="submission">The submission.</param>
    /// <returns>
    /// The accepted submission with its findings, or every error, each naming its field as a path into the submission
    /// (<c>unit_code</c>, <c>figures[3].value</c>, <c>progress[0].percent</c>); the readers of files check through the same
    /// rules and locate each error in the file instead.
    /// </returns>
    public InputResult<CheckedSubmission> Check(Submission submission) => Check(submission, static (place, message) => place.Unlocated(message));

    // The readers' door: the same check, each error located by the reader (file and line, sheet and cell, JSON path).
    internal InputResult<CheckedSubmission> Check(Submission submission, Func<SubmissionPlace, string, InputError> locate)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new List<InputError>();
        void Fail(SubmissionPart part, int index, string field, string message) => errors.Add(locate(new SubmissionPlace(part, index, field), message));

        if (ReceivedAt is { } received)
        {
            submission = submission with { ReceivedAt = received };
        }

        var sentInFuture = submission.ReceivedAt is { } receipt && submission.SubmittedAt > receipt.PlusTicks(ClockTolerance.BclCompatibleTicks);
        if (sentInFuture)
        {
            Fail(SubmissionPart.Header, 0, "submitted_at", Say("header.sentAfterReceipt", Time(submission.SubmittedAt), Time(submission.ReceivedAt!.Value)));
        }

        if (SentAs is { } sentAs && !string.Equals(sentAs, submission.UnitCode, StringComparison.Ordinal))
        {
            Fail(SubmissionPart.Header, 0, "unit_code", Say("header.otherUnit", submission.UnitCode, sentAs));
        }

        var dataSet = DataSets.Find(submission.DataSetCode);
        if (dataSet is null)
        {
            Fail(SubmissionPart.Header, 0, "data_set", Say("header.unknownDataSet", submission.DataSetCode));
            return InputResult<CheckedSubmission>.ForErrors(errors);
        }

        var period = submission.Period;
        if (period.Cutoff != dataSet.Cutoff || dataSet.DutyFor(period.Kind) is null)
        {
            Fail(SubmissionPart.Header, 0, "period", Say("header.periodNotOfDataSet", period.Id, period.Cutoff, dataSet.Code, string.Join(", ", dataSet.Duties.Select(static d => d.PeriodKind)), dataSet.Cutoff));
        }
        else if (dataSet.InForceFrom is { } from && period.End < from)
        {
            Fail(SubmissionPart.Header, 0, "period", Say("header.notInForce", dataSet.Code, Day(from), period.Id));
        }

        if (submission.SubmittedAt.Date < period.Start)
        {
            Fail(SubmissionPart.Header, 0, "submitted_at", Say("header.sentBeforePeriod", Time(submission.SubmittedAt), period.Id, Day(period.Start)));
        }
        else if (!sentInFuture && submission.SubmittedAt.Date > LastDayToSend(period))
        {
            Fail(SubmissionPart.Header, 0, "submitted_at", Say("header.sentAfterWindow", Time(submission.SubmittedAt), period.Id, Day(LastDayToSend(period))));
        }

        var unit = Units.Find(submission.UnitCode);
        var reporter = unit;
        if (unit is null)
        {
            Fail(SubmissionPart.Header, 0, "unit_code", Say("header.unknownUnit", submission.UnitCode));
        }
        else if (!unit.IsValidOn(period.End))
        {
            Fail(SubmissionPart.Header, 0, "unit_code", Say("header.unitNotValid", unit.Code, Day(period.End), period.Id));
            reporter = null;
        }
        else if (!Assignments.MustReport(dataSet, unit))
        {
            Fail(SubmissionPart.Header, 0, "unit_code", Say("header.unitDoesNotReport", unit.Code, dataSet.Code));
            reporter = null;
        }

        // Which figures are the unit's own is asked only of a unit that reports the data set at all.
        var numbers = CheckFigures(submission, dataSet, reporter, Fail);
        CheckProgress(submission, dataSet, unit, Fail);
        for (var i = 0; i < submission.Difficulties.Count; i++)
        {
            var difficulty = submission.Difficulties[i];
            // A difficulty carried over may leave its text to the earlier period's.
            if (string.IsNullOrWhiteSpace(difficulty.Text) && !difficulty.CarriedOver)
            {
                Fail(SubmissionPart.Difficulty, i, "text", Say("difficulty.noText"));
            }

            if (string.IsNullOrWhiteSpace(difficulty.Topic))
            {
                Fail(SubmissionPart.Difficulty, i, "topic", Say("difficulty.noTopic"));
            }
        }

        CheckTexts(submission, dataSet, Fail);
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
                Fail(SubmissionPart.Header, 0, "data_set", Say("header.blockingRule", rule.Rule.Id, rule.Rule.Description, result.Message));
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

    private Dictionary<string, PrintedNumber> CheckFigures(Submission submission, DataSet dataSet, OrgUnit? unit, Action<SubmissionPart, int, string, string> fail)
    {
        var numbers = new Dictionary<string, PrintedNumber>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < submission.Figures.Count; i++)
        {
            var figure = submission.Figures[i];
            if (dataSet.FindElement(figure.Element) is not { } element)
            {
                fail(SubmissionPart.Figure, i, "element", dataSet.Elements.Count == 0
                    ? Say("figure.noFigures", dataSet.Code)
                    : Say("figure.unknownElement", figure.Element, dataSet.Code));
                continue;
            }

            if (!seen.Add(element.Code))
            {
                fail(SubmissionPart.Figure, i, "element", Say("figure.twice", element.Code));
                continue;
            }

            // A figure comes from its owners only; another unit's copy would be counted twice in the province's value.
            if (unit is not null && !dataSet.OwnersOf(element).Covers(unit.Code, unit.Kind))
            {
                fail(SubmissionPart.Figure, i, "element", Say("figure.notOwner", element.Code, unit.Code, Owners(dataSet.OwnersOf(element))));
                continue;
            }

            var read = element.Read(figure.Value, Language);
            if (read.TryPickT1(out var error, out var number))
            {
                fail(SubmissionPart.Figure, i, "value", Say("figure.value", element.Code, figure.Value, error.Message));
            }
            else if (number is { } value)
            {
                numbers[element.Code] = Printed(value, element.Unit == UnitOfMeasure.Percent);
            }
        }

        return numbers;
    }

    // A text goes under one of the data set's sections, once, says something, and its footnotes add up.
    private void CheckTexts(Submission submission, DataSet dataSet, Action<SubmissionPart, int, string, string> fail)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < submission.Texts.Count; i++)
        {
            var text = submission.Texts[i];
            if (!dataSet.Sections.Contains(text.Section, StringComparer.Ordinal))
            {
                fail(SubmissionPart.Text, i, "section", dataSet.Sections.Count == 0
                    ? Say("text.noSections", dataSet.Code)
                    : Say("text.unknownSection", text.Section, dataSet.Code, string.Join(", ", dataSet.Sections)));
            }
            else if (!seen.Add(text.Section))
            {
                fail(SubmissionPart.Text, i, "section", Say("text.twice", text.Section));
            }

            if (string.IsNullOrWhiteSpace(text.Text))
            {
                fail(SubmissionPart.Text, i, "text", Say("text.noText", text.Section));
            }
            else if (FootnotedText.Parse(text.Text).TryPickT1(out var problem, out _))
            {
                fail(SubmissionPart.Text, i, "text", problem.Describe(Language, text.Section));
            }
        }
    }

    private string Owners(ReportingUnits owners) =>
        string.Join(", ", owners.Codes.Concat(owners.Kinds.Select(k => (Language == MessageLanguage.English ? "every " : "mọi đơn vị loại ") + k)));

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
                fail(SubmissionPart.Progress, i, "plan", Say("progress.unknownPlan", progress.PlanId));
                continue;
            }

            if (dataSet.PlanId != plan.Id)
            {
                fail(SubmissionPart.Progress, i, "plan", Say("progress.planNotCollected", dataSet.Code, plan.Id));
                continue;
            }

            var task = plan.Tasks.FirstOrDefault(t => t.Id == progress.TaskId);
            if (task is null)
            {
                fail(SubmissionPart.Progress, i, "task", Say("progress.unknownTask", plan.Id, progress.TaskId));
                continue;
            }

            if (plan.HasChildren(task))
            {
                fail(SubmissionPart.Progress, i, "task", Say("progress.groupHeading", task.Id, plan.Id));
                continue;
            }

            if (!seen.Add((plan.Id, task.Id)))
            {
                fail(SubmissionPart.Progress, i, "task", Say("progress.twice", task.Id, plan.Id));
            }

            if (unit is not null && Assignments.RoleOf(unit, plan.Id, task.Id) is null)
            {
                fail(SubmissionPart.Progress, i, "task", Say("progress.notAssigned", task.Id, plan.Id, unit.Code));
            }

            if (progress.Percent is < 0 or > 100)
            {
                fail(SubmissionPart.Progress, i, "percent", Say("progress.percentRange", progress.Percent));
            }

            switch (progress.Status)
            {
                case ProgressUpdateKind.Completed when progress.CompletedOn is null:
                    fail(SubmissionPart.Progress, i, "completed_on", Say("progress.completedNeedsDate"));
                    break;
                case ProgressUpdateKind.Extended when progress.NewDueDate is null:
                    fail(SubmissionPart.Progress, i, "new_due_date", Say("progress.extendedNeedsDate"));
                    break;
                case ProgressUpdateKind.Extended when progress.Decision is null:
                    fail(SubmissionPart.Progress, i, "decision", Say("progress.extendedNeedsDecision"));
                    break;
            }

            if (progress.CompletedOn is { } done && (!period.Contains(done) || done > sentOn))
            {
                fail(SubmissionPart.Progress, i, "completed_on", Say("progress.completedOutside", Day(done), period.Id, Day(period.Start), Day(period.End)));
            }

            if (progress.NewDueDate is { } due && due < period.Start)
            {
                fail(SubmissionPart.Progress, i, "new_due_date", Say("progress.newDueBefore", Day(due), period.Id, Day(period.Start)));
            }
        }
    }

    /// <summary>A message of the catalogue in the desk's language.</summary>
    internal string Say(string key, params object?[] args) => SubmissionMessages.Format(Language, key, args);

    // A report is taken up to a year after its period ends: later than that it is a mistyped date or a period long
    // closed, and every date a period a user can type (2001–2099) needs stays inside the business calendar.
    private static LocalDate LastDayToSend(ReportingPeriod period) => period.End.PlusYears(1);

    /// <summary>A day as the desk's reader writes it: 12/11/2026, or 2026-11-12 in English.</summary>
    internal string Day(LocalDate day) => day.ToString(Language == MessageLanguage.English ? "uuuu-MM-dd" : "dd/MM/uuuu", CultureInfo.InvariantCulture);

    /// <summary>A time as the desk's reader writes it: 12/11/2026 16:30, or 2026-11-12T16:30 in English.</summary>
    internal string Time(LocalDateTime time) => time.ToString(Language == MessageLanguage.English ? "uuuu-MM-dd'T'HH:mm" : "dd/MM/uuuu HH:mm", CultureInfo.InvariantCulture);
}
