using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Pipeline;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Sample.Demo;

/// <summary>
/// The submissions of the demo, for 2025-09: report 87/BC-BCĐ's printed figures sent by the units that own them
/// (Công an tỉnh, the departments, the sector branches; provenance <see cref="Provenance.Reported"/>) with report 87's
/// words where a unit writes them (the month's documents in footnotes, <c>Demo/Report87Texts/UNIT.SECTION.txt</c>), and,
/// for figures the communes, wards and the special zone own, SYNTHETIC parts (seeded, not real data) that add up to the
/// printed value;
/// SYNTHETIC monthly progress reports from the departments and communes on their tasks of the steering committee's plan
/// and of plan 3433, some late, some never sent. All are written in the library's CSV formats and read back through the
/// desk, as a host's files would be.
/// </summary>
internal static class DemoSubmissions
{
    /// <summary>The period the demo's submissions are for.</summary>
    public const string PeriodId = "2025-09";

    private const int Seed = 87;

    // Report 87 is dated 19/9/2025; its owners' figures are taken as sent at the standing agency's compilation time.
    private static readonly LocalDateTime Report87Sent = new(2025, 9, 11, 16, 0);

    private static readonly (string Topic, string Text, string To)[] Difficulties =
    [
        ("Kinh phí", "Chưa được bố trí kinh phí năm 2025 để triển khai nhiệm vụ; đề nghị Sở Tài chính tham mưu bổ sung.", "SO_TC"),
        ("Hạ tầng", "Đường truyền tại bộ phận một cửa chưa ổn định, ảnh hưởng việc tiếp nhận hồ sơ trực tuyến.", "SO_KHCN"),
        ("Nhân lực", "Thiếu công chức có chuyên môn công nghệ thông tin sau sắp xếp bộ máy.", "SO_NV"),
        ("Dữ liệu", "Dữ liệu hộ tịch chưa được đồng bộ với Cơ sở dữ liệu quốc gia về dân cư.", "CA_TINH"),
    ];

    /// <summary>
    /// Report 87's printed figures as their owners' submissions, one file per unit (a file carries only the reports of the
    /// unit it is sent as): the figures one named unit owns, as printed, in the JSON form; and the SYNTHETIC parts of the
    /// figures many units own, each printed value split over its owners, as CSV.
    /// </summary>
    public static (IReadOnlyList<(string Name, byte[] Content)> Reported, IReadOnlyList<(string Name, byte[] Content)> Synthetic) Report87Files(GovernanceData data, SubmissionDesk desk)
    {
        var p06 = desk.DataSets.Find("P06.MONTHLY")!;
        var period = p06.ParsePeriod(PeriodId).AsT0;
        var tree = desk.Units.AsOf(period.End);
        var random = new Random(Seed);
        // One set of weights for the units of the same owners, so a part stays within its whole in every unit.
        var weights = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] Weights(IReadOnlyList<string> units)
        {
            var key = string.Join(',', units);
            return weights.TryGetValue(key, out var drawn) ? drawn : weights[key] = [.. units.Select(_ => random.Next(1, 100))];
        }

        var reported = new Dictionary<string, List<FigureValue>>(StringComparer.Ordinal);
        var parts = new Dictionary<string, List<FigureValue>>(StringComparer.Ordinal);
        foreach (var figure in data.ReportFigures.Figures)
        {
            var element = p06.FindElement(figure.Id)!;
            var owners = p06.OwnersOf(element);
            if (owners.Kinds.Count == 0 && owners.Codes is [var owner])
            {
                Add(reported, owner, FigureValue.FromPrinted(figure));
            }
            else if (element.Aggregation == ElementAggregation.Sum)
            {
                // A rate of summed parts is the core's to compute from them; only the parts are sent.
                var units = owners.Expected(tree);
                var shares = Split(figure.Number.Value, figure.Number.Decimals, Weights(units));
                for (var u = 0; u < units.Count; u++)
                {
                    Add(parts, units[u], new FigureValue(element.Code, shares[u]));
                }
            }
        }

        var texts = Report87Texts();
        foreach (var unit in texts.Keys.Where(unit => !reported.ContainsKey(unit)))
        {
            reported[unit] = [];
        }

        var due = p06.DueDate(period, BusinessCalendar.CivilService);
        return (Files(reported, "report-87-figures", ".json", _ => Report87Sent), Files(parts, "synthetic-figures", ".csv", _ => due.PlusDays(-random.Next(0, 5)).At(new LocalTime(random.Next(8, 17), 0))));

        static void Add(Dictionary<string, List<FigureValue>> to, string unit, FigureValue value)
        {
            if (!to.TryGetValue(unit, out var list))
            {
                to[unit] = list = [];
            }

            list.Add(value);
        }

        List<(string Name, byte[] Content)> Files(Dictionary<string, List<FigureValue>> byUnit, string prefix, string extension, Func<string, LocalDateTime> sent) =>
            [.. byUnit.OrderBy(static u => u.Key, StringComparer.Ordinal).Select(u =>
            {
                var submission = new Submission
                {
                    UnitCode = u.Key, DataSetCode = p06.Code, Period = period, SubmittedAt = sent(u.Key), Figures = u.Value,
                    Texts = extension == ".json" ? texts.GetValueOrDefault(u.Key) ?? [] : [],
                };
                return ($"{prefix}-{u.Key}-{PeriodId}{extension}", Csv(stream =>
                {
                    if (extension == ".json")
                    {
                        SubmissionJson.Write(stream, submission);
                    }
                    else
                    {
                        SubmissionCsvWriter.WriteFigures(stream, [submission]);
                    }
                }));
            })];
    }

    // Report 87's texts by the unit that wrote them: the embedded UNIT.SECTION.txt files, read as written.
    private static Dictionary<string, SectionText[]> Report87Texts()
    {
        const string Prefix = "KhanhHoa.Governance.Sample.Report87Texts.";
        var assembly = typeof(DemoSubmissions).Assembly;
        return assembly.GetManifestResourceNames().Where(static name => name.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name =>
            {
                var key = name[Prefix.Length..^".txt".Length];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (Unit: key[..key.IndexOf('.', StringComparison.Ordinal)], Text: new SectionText(key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..], reader.ReadToEnd()));
            })
            .GroupBy(static t => t.Unit, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Select(static t => t.Text).ToArray(), StringComparer.Ordinal);
    }

    // Shares of a printed value by weight, in its own decimals, that add up to it exactly.
    private static string[] Split(decimal value, int decimals, int[] weights)
    {
        var scale = (decimal)Math.Pow(10, decimals);
        var total = (long)(value * scale);
        var count = weights.Length;
        var sum = weights.Sum();
        var shares = weights.Select(w => total * w / sum).ToArray();
        var remainder = total - shares.Sum();
        for (var i = 0; i < remainder; i++)
        {
            shares[i % count]++;
        }

        return [.. shares.Select(s => (s / scale).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))];
    }

    /// <summary>
    /// The SYNTHETIC progress reports as CSV files, one progress file per unit and one difficulties file per unit that
    /// raises any (a file carries only the rows of the unit it is sent as), each with its name.
    /// </summary>
    public static IReadOnlyList<(string Name, byte[] Content)> SyntheticCsv(GovernanceData data, SubmissionDesk desk, BusinessCalendar calendar)
    {
        var random = new Random(Seed);
        var submissions = new List<Submission>();
        foreach (var code in new[] { "BCD.PROGRESS", "3433.PROGRESS" })
        {
            var dataSet = data.DataSets.Find(code)!;
            var period = dataSet.ParsePeriod(PeriodId).AsT0;
            var due = dataSet.DueDate(period, calendar);
            foreach (var unitCode in desk.ExpectedReporters(dataSet, period))
            {
                var roll = random.NextDouble();
                if (roll < 0.12)
                {
                    continue;
                }

                var sentOn = roll < 0.30 ? calendar.AddWorkingDays(due, random.Next(1, 6)) : due.PlusDays(-random.Next(0, 4));
                var sent = sentOn.At(new LocalTime(random.Next(8, 17), random.Next(0, 4) * 15));
                var unit = data.OrgUnits.Find(unitCode)!;
                var tasks = desk.Assignments.TasksOf(unit.Code, unit.Kind, dataSet.PlanId).Where(static a => a.Role == ResponsibilityRole.Lead)
                    .Select(static a => a.Task.Id).ToList();
                submissions.Add(new Submission
                {
                    UnitCode = unitCode,
                    DataSetCode = code,
                    Period = period,
                    SubmittedAt = sent,
                    Progress = [.. tasks.Select(task => Progress(dataSet.PlanId!, task, period, sentOn, random))],
                    Difficulties = random.NextDouble() < 0.2 ? [Difficulty(random)] : [],
                });
            }
        }

        var files = new List<(string Name, byte[] Content)>();
        foreach (var unit in submissions.GroupBy(static s => s.UnitCode))
        {
            files.Add(($"synthetic-progress-{unit.Key}-{PeriodId}.csv", Csv(stream => SubmissionCsvWriter.WriteProgress(stream, unit))));
            if (unit.Any(static s => s.Difficulties.Count > 0))
            {
                files.Add(($"synthetic-difficulties-{unit.Key}-{PeriodId}.csv", Csv(stream => SubmissionCsvWriter.WriteDifficulties(stream, unit))));
            }
        }

        return files;
    }

    private static byte[] Csv(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return output.ToArray();
    }

    /// <summary>
    /// Whether a report of <paramref name="period"/> gets the demo's submissions when the host gives none: on the embedded
    /// plans (the submissions report on them) for the month they are for.
    /// </summary>
    public static bool Cover(ReportingPeriod period, bool embeddedPlans) =>
        embeddedPlans && period.Kind == ReportingPeriodKind.Month && period.Id == PeriodId;

    /// <summary>The demo's submissions, read back through the desk, each with its provenance.</summary>
    public static IReadOnlyList<SubmittedReport> Read(GovernanceData data, SubmissionDesk desk, BusinessCalendar calendar)
    {
        var (figures, figureParts) = Report87Files(data, desk);
        var report87 = figures.Select(f => SubmissionJson.Read(f.Content, desk)).ToList();
        var synthetic = SubmissionCsvReader.Read([.. figureParts.Concat(SyntheticCsv(data, desk, calendar)).Select(static f => (f.Name, (Stream)new MemoryStream(f.Content)))], desk);
        if (report87.Any(static r => !r.Success) || !synthetic.Success)
        {
            // Built by this sample from the embedded data: a failure is a defect of the sample, not of the input.
            throw new InvalidOperationException("the default submissions are invalid: " + string.Join("; ", report87.SelectMany(static r => r.Errors).Concat(synthetic.Errors)));
        }

        return [.. report87.Select(static r => new SubmittedReport(r.Value, Provenance.Reported)), .. synthetic.Value.Select(static s => new SubmittedReport(s, Provenance.Synthetic))];
    }

    private static TaskProgress Progress(string planId, string task, ReportingPeriod period, LocalDate sentOn, Random random)
    {
        var roll = random.NextDouble();
        var lastDay = sentOn < period.End ? sentOn : period.End;
        return roll switch
        {
            < 0.25 => new TaskProgress
            {
                PlanId = planId, TaskId = task, Status = ProgressUpdateKind.Completed,
                CompletedOn = period.Start.PlusDays(random.Next(0, Period.Between(period.Start, lastDay, PeriodUnits.Days).Days + 1)),
                Evidence = string.Create(CultureInfo.InvariantCulture, $"Văn bản số {random.Next(100, 999)}/BC-ĐV (dữ liệu giả lập)"),
            },
            < 0.30 => new TaskProgress
            {
                PlanId = planId, TaskId = task, Status = ProgressUpdateKind.Extended,
                NewDueDate = new LocalDate(2025, 12, 31),
                Decision = DocumentNumber.Parse(string.Create(CultureInfo.InvariantCulture, $"{random.Next(1000, 3999)}/UBND-KGVX")).AsT0,
                Comment = "Được gia hạn (dữ liệu giả lập)",
            },
            < 0.45 => new TaskProgress { PlanId = planId, TaskId = task, Status = ProgressUpdateKind.Started, Percent = random.Next(0, 20) },
            _ => new TaskProgress { PlanId = planId, TaskId = task, Status = ProgressUpdateKind.Progress, Percent = random.Next(20, 96) },
        };
    }

    private static Difficulty Difficulty(Random random)
    {
        var (topic, text, to) = Difficulties[random.Next(Difficulties.Length)];
        return new Difficulty(topic, text + " (dữ liệu giả lập)", to);
    }
}
