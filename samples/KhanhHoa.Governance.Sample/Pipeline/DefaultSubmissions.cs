using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The submissions of the default run, for 2025-09: report 87/BC-BCĐ's printed figures sent by the standing agency of
/// Project 06 (Công an tỉnh) as its Project 06 data set, provenance <see cref="Provenance.Reported"/>; and SYNTHETIC
/// monthly progress reports (seeded, not real data) from the departments and communes on their tasks of the steering
/// committee's plan and of plan 3433, some late, some never sent. Both are written in the library's formats (JSON and
/// CSV) and read back through the desk, as a host's files would be.
/// </summary>
internal static class DefaultSubmissions
{
    /// <summary>The period the embedded submissions are for.</summary>
    public const string PeriodId = "2025-09";

    /// <summary>The unit that sends report 87's figures.</summary>
    public const string StandingAgency = "CA_TINH";

    /// <summary>The file names <c>submissions sample</c> writes; the synthetic ones say so.</summary>
    public const string Report87File = "ca-tinh-p06-2025-09.json";

    public const string ProgressFile = "synthetic-progress-2025-09.csv";

    public const string DifficultiesFile = "synthetic-difficulties-2025-09.csv";

    private const int Seed = 87;

    private static readonly (string Topic, string Text, string To)[] Difficulties =
    [
        ("Kinh phí", "Chưa được bố trí kinh phí năm 2025 để triển khai nhiệm vụ; đề nghị Sở Tài chính tham mưu bổ sung.", "SO_TC"),
        ("Hạ tầng", "Đường truyền tại bộ phận một cửa chưa ổn định, ảnh hưởng việc tiếp nhận hồ sơ trực tuyến.", "SO_KHCN"),
        ("Nhân lực", "Thiếu công chức có chuyên môn công nghệ thông tin sau sắp xếp bộ máy.", "SO_NV"),
        ("Dữ liệu", "Dữ liệu hộ tịch chưa được đồng bộ với Cơ sở dữ liệu quốc gia về dân cư.", "CA_TINH"),
    ];

    /// <summary>The report 87 submission, as JSON.</summary>
    public static byte[] Report87Json(GovernanceData data)
    {
        var p06 = data.DataSets.Find("P06.MONTHLY")!;
        var submission = new Submission
        {
            UnitCode = StandingAgency,
            DataSetCode = p06.Code,
            Period = p06.ParsePeriod(PeriodId).AsT0,
            SubmittedAt = new LocalDateTime(2025, 9, 11, 16, 0),
            Sender = "Công an tỉnh (cơ quan thường trực Đề án 06): số liệu in tại Báo cáo 87/BC-BCĐ ngày 19/9/2025; giờ gửi do mẫu đặt",
            Figures = [.. data.ReportFigures.Figures.Select(FigureValue.FromPrinted)],
        };
        using var output = new MemoryStream();
        SubmissionJson.Write(output, submission);
        return output.ToArray();
    }

    /// <summary>The SYNTHETIC progress reports: (progress CSV, difficulties CSV).</summary>
    public static (byte[] Progress, byte[] Difficulties) SyntheticCsv(GovernanceData data, SubmissionDesk desk, BusinessCalendar calendar)
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

        using var progress = new MemoryStream();
        using var difficulties = new MemoryStream();
        SubmissionCsvWriter.WriteProgress(progress, submissions);
        SubmissionCsvWriter.WriteDifficulties(difficulties, submissions);
        return (progress.ToArray(), difficulties.ToArray());
    }

    /// <summary>The default run's submissions, read back through the desk, each with its provenance.</summary>
    public static IReadOnlyList<SubmittedReport> Read(GovernanceData data, SubmissionDesk desk, BusinessCalendar calendar)
    {
        var report87 = SubmissionJson.Read(Report87Json(data), desk);
        var (progress, difficulties) = SyntheticCsv(data, desk, calendar);
        var synthetic = SubmissionCsvReader.Read([(ProgressFile, new MemoryStream(progress)), (DifficultiesFile, new MemoryStream(difficulties))], desk);
        if (!report87.Success || !synthetic.Success)
        {
            // Built by this sample from the embedded data: a failure is a defect of the sample, not of the input.
            throw new InvalidOperationException("the default submissions are invalid: " + string.Join("; ", report87.Errors.Concat(synthetic.Errors)));
        }

        return [new SubmittedReport(report87.Value, Provenance.Reported), .. synthetic.Value.Select(static s => new SubmittedReport(s, Provenance.Synthetic))];
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
