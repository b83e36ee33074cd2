using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Submissions;

/// <summary>The embedded data's desk, report 87 as a submission, and generators of valid submissions.</summary>
internal static class SubmissionFixture
{
    public static readonly GovernanceData Embedded = GovernanceData.Default;

    // English messages, as a developer reads them; the clerk's Vietnamese ones are tested in VietnameseInputTest.
    public static readonly SubmissionDesk Desk = new(Embedded.DataSets, Embedded.OrgUnits, Embedded.Plans) { Language = MessageLanguage.English };

    public static readonly DataSet P06 = Embedded.DataSets.Find("P06.MONTHLY")!;

    public static readonly DataSet Plan3433 = Embedded.DataSets.Find("3433.PROGRESS")!;

    public static ReportingPeriod Period(DataSet dataSet, string id = "2025-09") => ReportingPeriod.Parse(id, dataSet.Cutoff).AsT0;

    /// <summary>The printed figures of report 87 that <paramref name="unit"/> owns, as its submission.</summary>
    public static Submission Report87(string unit = "CA_TINH")
    {
        var owned = P06.ElementsOf(unit, Embedded.OrgUnits.Find(unit)!.Kind).Select(static e => e.Code).ToHashSet(StringComparer.Ordinal);
        return new()
        {
            UnitCode = unit,
            DataSetCode = P06.Code,
            Period = Period(P06),
            SubmittedAt = new LocalDateTime(2025, 9, 11, 16, 0),
            Sender = unit,
            Figures = [.. Embedded.ReportFigures.Figures.Where(f => owned.Contains(f.Id)).Select(FigureValue.FromPrinted)],
        };
    }

    /// <summary>The units that alone own figures of report 87 (the communes' parts are not printed), ordinal order.</summary>
    public static IReadOnlyList<string> Report87Owners { get; } =
        [.. P06.Elements.Select(P06.OwnersOf).Where(static o => o.Kinds.Count == 0).SelectMany(static o => o.Codes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // Text a clerk writes: Vietnamese letters, and the characters CSV must quote.
    private static readonly Gen<string> Text =
        Gen.Elements("a", "ă", "đ", "ư", "Ệ", "ổ", " ", ",", "\"", "\n", "x", "1", ";", "'").ArrayOf()
            .Where(static a => a.Length > 0)
            .Select(static a => string.Concat(a))
            .Where(static s => !string.IsNullOrWhiteSpace(s));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Text.Select(static s => (string?)s)));

    private static readonly string[] FigureUnits = [.. Desk.ExpectedReporters(P06, Period(P06))];

    private static readonly IReadOnlyList<(string Unit, IReadOnlyList<string> Tasks)> TaskHolders = [.. Desk.ExpectedReporters(Plan3433, Period(Plan3433))
        .Where(static u => !FigureUnits.Contains(u))
        .Select(u => (u, (IReadOnlyList<string>)[.. Desk.Assignments.TasksOf(u, Embedded.OrgUnits.Find(u)!.Kind, "3433/KH-UBND").Select(static a => a.Task.Id)]))
        .Where(static x => x.Item2.Count > 0)];

    private static Gen<LocalDateTime> SentIn(ReportingPeriod period) =>
        from day in Gen.Choose(0, period.DayCount + 5)
        from minute in Gen.Choose(0, (24 * 60) - 1)
        select period.Start.PlusDays(day).At(new LocalTime(minute / 60, minute % 60));

    private static Gen<string> ValueOf(DataElement element) => element.Unit switch
    {
        UnitOfMeasure.Percent => from hundredths in Gen.Choose(0, 10_000) from decimals in Gen.Choose(0, 2)
                                 select decimal.Round(hundredths / 100m, decimals).ToString(CultureInfo.InvariantCulture),
        _ when element.IsWhole => Gen.Choose(0, int.MaxValue).Select(static v => ((long)v * 1000).ToString(CultureInfo.InvariantCulture)),
        _ => Gen.Choose(0, 1_000_000).Select(static v => (v / 100m).ToString(CultureInfo.InvariantCulture)),
    };

    private static Gen<Difficulty> DifficultyGen =>
        from topic in Text from text in Text from to in OptionalText from carried in Gen.Choose(0, 2)
        select new Difficulty(topic, carried == 2 ? string.Empty : text, to) { CarriedOver = carried > 0 };

    // A unit's own texts: distinct sections of the data set's, each with words.
    private static Gen<SectionText[]> TextsGen(DataSet dataSet) =>
        from sections in Gen.SubListOf((IEnumerable<string>)dataSet.Sections)
        from texts in Gen.CollectToArray(sections.Select(section => Text.Select(text => new SectionText(section, text))))
        select texts;

    public static Gen<Submission> FiguresSubmission(string unit) =>
        from sent in SentIn(Period(P06))
        from elements in Gen.SubListOf((IEnumerable<DataElement>)P06.ElementsOf(unit, Embedded.OrgUnits.Find(unit)!.Kind)).Where(static l => l.Count > 0)
        from values in Gen.CollectToArray(elements.Select(e => from v in ValueOf(e) from c in OptionalText select new FigureValue(e.Code, v, c)))
        from difficulties in Gen.Choose(0, 2).SelectMany(static n => DifficultyGen.ListOf(n))
        from texts in TextsGen(P06)
        select new Submission
        {
            UnitCode = unit, DataSetCode = P06.Code, Period = Period(P06), SubmittedAt = sent,
            Figures = [.. values], Difficulties = [.. difficulties], Texts = texts,
        };

    private static Gen<TaskProgress> ProgressGen(string task, ReportingPeriod period, LocalDate sentOn) =>
        from status in Gen.Elements(Enum.GetValues<ProgressUpdateKind>())
        from percent in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 100).Select(static p => (int?)p)))
        from doneDay in Gen.Choose(0, NodaTime.Period.Between(period.Start, sentOn < period.End ? sentOn : period.End, PeriodUnits.Days).Days)
        from dueDay in Gen.Choose(0, 400)
        from number in Gen.Choose(1, 9999)
        from evidence in OptionalText
        from comment in OptionalText
        select new TaskProgress
        {
            PlanId = "3433/KH-UBND", TaskId = task, Status = status, Percent = percent,
            CompletedOn = status == ProgressUpdateKind.Completed ? period.Start.PlusDays(doneDay) : null,
            NewDueDate = status == ProgressUpdateKind.Extended ? period.Start.PlusDays(dueDay) : null,
            Decision = status == ProgressUpdateKind.Extended ? DocumentNumber.Parse(number.ToString(CultureInfo.InvariantCulture) + "/QĐ-UBND").AsT0 : null,
            Evidence = evidence, Comment = comment,
        };

    public static Gen<Submission> ProgressSubmission(string unit, IReadOnlyList<string> tasks) =>
        from sent in SentIn(Period(Plan3433)).Where(s => s.Date >= Period(Plan3433).Start)
        from chosen in Gen.SubListOf((IEnumerable<string>)tasks).Where(static l => l.Count > 0)
        from progress in Gen.CollectToArray(chosen.Select(t => ProgressGen(t, Period(Plan3433), sent.Date)))
        from difficulties in Gen.Choose(0, 2).SelectMany(static n => DifficultyGen.ListOf(n))
        select new Submission
        {
            UnitCode = unit, DataSetCode = Plan3433.Code, Period = Period(Plan3433), SubmittedAt = sent,
            Progress = [.. progress], Difficulties = [.. difficulties],
        };

    /// <summary>Valid submissions of distinct units (so difficulties join the submission they were written with).</summary>
    public static Gen<Submission[]> Submissions =>
        from figureUnits in Gen.SubListOf(FigureUnits)
        from progressHolders in Gen.SubListOf(TaskHolders.Take(8).ToArray())
        from figures in Gen.CollectToArray(figureUnits.Select(FiguresSubmission))
        from progress in Gen.CollectToArray(progressHolders.Select(h => ProgressSubmission(h.Unit, h.Tasks)))
        select figures.Concat(progress).ToArray();

    public static void AssertSame(IEnumerable<Submission> expected, IEnumerable<Submission> actual, bool withSender)
    {
        static string Key(Submission s) => s.UnitCode + "|" + s.DataSetCode;
        var read = actual.ToDictionary(Key);
        var written = expected.ToList();
        Assert.Equal(written.Count, read.Count);
        foreach (var submission in written)
        {
            var back = read[Key(submission)];
            Assert.True((withSender ? submission : submission with { Sender = null }).SameAs(back), $"{Key(submission)} read back differently");
        }
    }
}
