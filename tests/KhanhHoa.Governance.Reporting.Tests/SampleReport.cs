using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Testing;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>
/// A SYNTHETIC monthly report shaped like report 87/BC-BCĐ of Khánh Hòa (16/8–15/9/2025): several figures are the
/// seed's own (so the seed's inconsistencies show up as violations), the rest, the task list, the history and the unit
/// measures are made up. Every figure is marked <see cref="Provenance.Synthetic"/>; the signer is a placeholder name.
/// Targets are evaluated by the core's <see cref="TargetEvaluator"/>, tasks by its <see cref="TaskStatusEvaluator"/>
/// and the units rolled up by its engine, as a host does before it hands them to the builder.
/// </summary>
internal static class SampleReport
{
    public static readonly ReportingPeriod Period = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));
    public static readonly LocalDate AsOf = new(2025, 9, 15);

    // The civil-service calendar: 1 and 2 September 2025 are the National Day holiday (Quốc khánh).
    public static readonly BusinessCalendar Calendar = BusinessCalendar.CivilService;

    public static MonthlyReport Build() => Builder().Build();

    public static MonthlyReportBuilder Builder()
    {
        var header = new ReportHeader(
            ParentBody: "UBND TỈNH KHÁNH HÒA",
            IssuingBody: "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA",
            Number: null,
            Symbol: "BC-BCĐ",
            Place: "Khánh Hòa",
            IssueDate: AsOf,
            Title: "BÁO CÁO",
            Subject: "Kết quả triển khai, thực hiện Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030” tháng 9/2025")
        {
            Addressees = ["Văn phòng Chính phủ", "Bộ Công an"],
        };
        var signature = new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Văn A");
        var builder = new MonthlyReportBuilder(Period, AsOf, header, signature, Calendar)
            .AddIndicatorGroup("DVC", "Về Dịch vụ công (DVC)")
            .AddIndicatorGroup("SH.a", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Số hóa và khai thác dữ liệu")
            .AddIndicatorGroup("SH.b", "Ứng dụng định danh điện tử tại Cảng hàng không", "Số hóa và khai thác dữ liệu")
            .AddIndicatorGroup("KTXH", "Nhóm tiện ích phát triển kinh tế, xã hội")
            .AddIndicatorGroup("CDS", "Nhóm phục vụ phát triển công dân số")
            .AddIndicatorGroup("LSDL", "Thu thập, rà soát, xác minh làm sạch dữ liệu CSDLQG, CSDL chuyên ngành")
            .AddIndicatorGroup("DDTC", "Triển khai định danh điện tử cho cơ quan, tổ chức");

        const string EndOf2025 = "hết năm 2025";
        const string Ongoing = "thường xuyên";
        var index = 0;
        void Rate(string code, string group, string name, long numerator, long denominator, (decimal Threshold, string Deadline, string Text)? target = null, decimal? stated = null)
        {
            var history = History(numerator * 100m / denominator, ++index);
            var evaluated = target is { } t ? Target(code, TargetComparator.AtLeast, t.Threshold, t.Deadline, t.Text, numerator * 100m / denominator, history) : null;
            builder.AddIndicator(new IndicatorInput(code, group, name, "%", numerator, denominator, evaluated, stated, history, Provenance.Synthetic));
        }

        Rate("DVC.TT.01", "DVC", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", 1_706, 2_156, (80m, EndOf2025, "≥ 80%"));
        Rate("DVC.TT.02", "DVC", "Tỷ lệ TTHC cung cấp DVCTT toàn trình", 1_224, 2_156, (100m, EndOf2025, "100% TTHC đủ điều kiện (hết năm 2025)"));
        Rate("DVC.HS.01", "DVC", "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến", 412_350, 498_772, (80m, EndOf2025, "≥ 80% (hết năm 2025)"));
        Rate("DS.ON.01", "DVC", "Tỷ lệ dân số trưởng thành sử dụng DVCTT", 598_114, 1_662_410, (40m, EndOf2025, "≥ 40% (hết năm 2025)"));
        builder.AddIndicator(new IndicatorInput("DVC.SH.01", "DVC", "Hồ sơ, kết quả giải quyết TTHC được số hóa trong tháng", "hồ sơ", 58_455, null, null, null, History(58_455m, ++index), Provenance.Synthetic));
        Rate("KTXH.TT.01", "KTXH", "Chi trả lương hưu, trợ cấp BHXH hằng tháng không dùng tiền mặt", 37_171, 48_727, (80m, Ongoing, "≥ 80%"), 76.28m);
        Rate("KTXH.TT.02", "KTXH", "Chi trả trợ cấp một lần không dùng tiền mặt", 12_340, 12_493, null, 98.77m);
        Rate("KTXH.YT.01", "KTXH", "Tích hợp sổ sức khỏe điện tử trên VNeID", 695_205, 2_218_975, null, 31.33m);
        Rate("KTXH.LLTP.01", "KTXH", "Hồ sơ cấp Phiếu lý lịch tư pháp tiếp nhận qua VNeID", 2_066, 2_200, null, 94m);
        Rate("CDS.CC.01", "CDS", "Công dân thường trú được cấp căn cước", 2_000_680, 2_215_460, null, 90.31m);
        Rate("CDS.ID2.01", "CDS", "Tài khoản định danh điện tử mức độ 2 được kích hoạt", 1_365_565, 1_816_581, (80m, Ongoing, "≥ 80%"), 75m);
        Rate("LSDL.TE.01", "LSDL", "Trẻ em được cập nhật thông tin và có mã định danh", 393_249, 419_886, (95m, Ongoing, "≥ 95%"), 93.7m);
        Rate("LSDL.BTXH.01", "LSDL", "Dữ liệu đối tượng bảo trợ xã hội được làm sạch", 85_217, 94_887, null, 89m);
        Rate("LSDL.NCC.01", "LSDL", "Dữ liệu người có công được cập nhật", 6_997, 6_997, (100m, Ongoing, "100%"), 100m);
        Rate("LSDL.BHXH.01", "LSDL", "Người tham gia BHXH, BHYT, BHTN được xác thực dữ liệu", 1_732_901, 1_745_022, null, 99.3m);
        Rate("LSDL.CBCC.01", "LSDL", "Dữ liệu cán bộ, công chức, viên chức được đồng bộ lên CSDLQG", 25_178, 27_493, null, 91.58m);
        Rate("DDTC.01", "DDTC", "Cơ quan, tổ chức đăng ký tài khoản định danh điện tử", 12_597, 15_160, null, 83.1m);

        // Figures as a unit reports them: a month's figure with its running total, a stated rate with its parts.
        builder.AddFigure(new FigureRow("digitized_month", "SH.a", "Số hồ sơ, kết quả đã số hóa trong tháng", 58_455, string.Empty, 986_046, [], ["Công an tỉnh"], Provenance.Synthetic));
        builder.AddFigure(new FigureRow(
            "flights_vneid_rate", "SH.b", "Tỷ lệ chuyến bay làm thủ tục bằng VNeID (%)", 81.7m, "%", null,
            [new FigurePart("flights_vneid", "Số chuyến bay làm thủ tục bằng VNeID", 1_103), new FigurePart("flights_total", "Tổng số chuyến bay", 1_350)],
            ["Công an tỉnh"],
            Provenance.Synthetic));
        builder.AddDifficulty(new ReportedDifficulty("Hạ tầng", "Đường truyền tại bộ phận một cửa chưa ổn định", "Sở Khoa học và Công nghệ", ["Xã Cam An", "Phường Nha Trang"], Provenance.Synthetic));
        builder.AddDifficulty(new ReportedDifficulty("Nhân lực", "Thiếu công chức có chuyên môn công nghệ thông tin sau sắp xếp bộ máy", null, ["Xã Đại Lãnh"], Provenance.Synthetic));

        builder.AddViolation(new ConsistencyViolation(
            "SUM.TTHC.FULL",
            "Số TTHC cung cấp DVCTT toàn trình khác tổng của cấp tỉnh và cấp xã (1.074 + 392 = 1.466).",
            null,
            [new ViolationFigure("TTHC toàn trình", 1_224), new ViolationFigure("Cấp tỉnh", 1_074), new ViolationFigure("Cấp xã", 392)],
            Provenance.Synthetic)
        {
            DescriptionEn = "Full-online TTHC: provincial + commune = total: full_online_province + full_online_commune = 1.466 fails == 1.224",
            Citation = "87/BC-BCĐ, mục I.4.a",
        });
        builder.AddViolation(new ConsistencyViolation(
            "SUM.TTHC.ALL",
            "Số TTHC có và chưa có DVCTT cộng lại khác tổng số TTHC (1.706 + 581 = 2.287).",
            null,
            [new ViolationFigure("Tổng số TTHC", 2_156), new ViolationFigure("TTHC có DVCTT", 1_706), new ViolationFigure("TTHC chưa có DVCTT", 581)],
            Provenance.Synthetic)
        {
            Citation = "87/BC-BCĐ, mục I.4.a",
        });

        const string Plan2025 = "3433/KH-UBND";
        const string PlanCchc = "2943/KH-UBND";
        builder.AddTasks(
        [
            Task("T01", Plan2025, "Xây dựng Kế hoạch xử lý điểm lõm sóng", "Sở Khoa học và Công nghệ", new(2025, 9, 30), null),
            Task("T02", Plan2025, "Xây dựng Kế hoạch đào tạo \"Bình dân học vụ số\" năm 2025-2026", "Sở Khoa học và Công nghệ", new(2025, 8, 29), null),
            Task("T03", Plan2025, "Trình điều chỉnh dự toán kinh phí vận hành nền tảng số dùng chung", "Sở Tài chính", new(2025, 9, 19), null),
            Task("T04", Plan2025, "Tham mưu chính sách phí \"0 đồng\" đối với TTHC trực tuyến", "Sở Tài chính", new(2025, 9, 30), new(2025, 9, 12)),
            Task("T05", Plan2025, "Kiện toàn Tổ công nghệ số cộng đồng tại thôn, tổ dân phố", "UBND các xã, phường", new(2025, 10, 10), null),
            Task("T06", Plan2025, "Thí điểm liên thông đơn thuốc điện tử đồng bộ trên VNeID", "Sở Y tế", new(2025, 8, 29), new(2025, 9, 5)),
            Task("T07", Plan2025, "Kiểm tra việc tuân thủ quy định về bảo vệ dữ liệu cá nhân", "Công an tỉnh", new(2025, 12, 31), null),
            Task("T08", Plan2025, "Hoàn thiện Hệ thống dữ liệu đất đai dùng chung kết nối hệ thống giải quyết TTHC", "Sở Nông nghiệp và Môi trường", new(2025, 7, 31), null),
            Task("T09", PlanCchc, "Số hóa dữ liệu đất đai đợt 1", "Sở Nông nghiệp và Môi trường", new(2025, 8, 15), null),
            Task("T10", PlanCchc, "Tích hợp, cung cấp 100% DVCTT trên Cổng Dịch vụ công quốc gia", "Văn phòng UBND tỉnh", new(2025, 6, 30), new(2025, 6, 27)),
            Task("T11", PlanCchc, "Trả kết quả giải quyết TTHC qua ứng dụng VNeID", "Văn phòng UBND tỉnh", null, null),
            Task("T12", PlanCchc, "Định danh địa điểm, đánh số nhà theo Thông tư 08/2024/TT-BXD", "Sở Xây dựng", new(2025, 9, 10), null),
            Task("T13", PlanCchc, "Chuẩn hóa mã số thuế theo số định danh cá nhân", "Thuế tỉnh", new(2025, 8, 31), new(2025, 8, 28)),
            Task("T14", Plan2025, "Kết nối Hệ thống giao dịch BHXH điện tử với CSDLQG về dân cư", "Bảo hiểm xã hội tỉnh", new(2025, 9, 15), new(2025, 9, 15)),
            Task("T15", Plan2025, "Triển khai kiosk khám sức khỏe tự phục vụ", "Sở Y tế", new(2025, 5, 30), new(2025, 5, 20)),
        ]);

        foreach (var unit in Units())
        {
            builder.AddRollupUnit(unit, Provenance.Synthetic);
        }

        string[][] units =
        [
            ["P49", "Phường Nha Trang"], ["P50", "Phường Bắc Nha Trang"], ["P60", "Phường Phan Rang"],
            ["X01", "Xã Nam Cam Ranh"], ["X12", "Xã Diên Khánh"], ["DK65", "Đặc khu Trường Sa"],
        ];
        foreach (var unit in units)
        {
            builder.AddSubmission(new UnitSubmission(unit[0], unit[1], unit[0] == "DK65" ? null : new LocalDate(2025, 9, 16)), Provenance.Synthetic);
        }

        return builder
            .AddPriority("Các sở, ban, ngành và UBND các xã, phường", "Tiếp tục chỉ đạo quyết liệt, bảo đảm hoàn thành các nhiệm vụ Đề án 06 theo tiến độ đề ra.")
            .AddPriority("Các sở, ban, ngành và UBND các xã, phường", "Rà soát, cắt giảm, đơn giản hóa TTHC theo Nghị quyết số 66/NQ-CP (cắt giảm ít nhất 30% thời gian và chi phí tuân thủ).", new LocalDate(2025, 12, 31))
            .WithClosing("Ban Chỉ đạo tỉnh Khánh Hòa báo cáo Văn phòng Chính phủ, Bộ Công an biết, theo dõi, chỉ đạo./.")
            .AddRecipient(new Recipient("Văn phòng Chính phủ", "báo cáo"))
            .AddRecipient(new Recipient("Bộ Công an", "báo cáo"))
            .AddRecipient(new Recipient("Thường trực Tỉnh ủy", "báo cáo"))
            .AddRecipient(new Recipient("Chủ tịch và các PCT UBND tỉnh"))
            .AddRecipient(new Recipient("Các Thành viên Ban chỉ đạo tỉnh"))
            .AddRecipient(new Recipient("Các sở, ban, ngành thuộc tỉnh"))
            .AddRecipient(new Recipient("UBND các xã, phường"))
            .AddRecipient(new Recipient("Lưu: VT, ĐT"));
    }

    /// <summary>A target set on a made-up percentage indicator, evaluated by the core on the value and its history.</summary>
    public static IndicatorTarget Target(string code, TargetComparator comparator, decimal threshold, string deadline, string text, decimal? value, IReadOnlyList<TrendPoint>? history = null)
    {
        var indicator = new IndicatorDefinition
        {
            Code = code,
            NameVi = code,
            NameEn = code,
            Numerator = MeasureExpression.Parse("numerator").AsT0,
            Denominator = MeasureExpression.Parse("denominator").AsT0,
        };
        var target = new Target
        {
            Id = code + ".target",
            IndicatorCode = code,
            Comparator = comparator,
            Value = threshold,
            Deadline = Deadline.Parse(deadline, AsOf.Year),
            Source = new TargetSource("Kế hoạch giả lập", "-", text),
        };
        var series = (history ?? []).Select(point => new SeriesPoint(point.Month, point.Value)).ToList();
        return new IndicatorTarget(TargetEvaluator.Evaluate(target, indicator, value, AsOf, series), text);
    }

    /// <summary>A plan task with a due date (or none) and, when given, its completion, as the core evaluates it on <see cref="AsOf"/>.</summary>
    public static ReportTask Task(string id, string plan, string title, string lead, LocalDate? deadline, LocalDate? completed, Provenance provenance = Provenance.Synthetic)
    {
        var task = new PlanTask
        {
            Id = id,
            Text = title,
            Deadline = deadline is { } due ? Deadline.Parse(string.Create(CultureInfo.InvariantCulture, $"{due.Day}/{due.Month}/{due.Year}"), due.Year) : null,
            Source = new TaskSource(plan, "-", null),
        };
        if (task.Deadline is { } parsed && parsed.DueDate != deadline)
        {
            throw new InvalidOperationException($"the deadline text of task {id} reads as {parsed.DueDate}, not {deadline}");
        }

        var history = completed is { } done ? ProgressHistory.Empty.Append(ProgressUpdate.Completed(done)) : ProgressHistory.Empty;
        var status = TaskStatusEvaluator.Evaluate(task, history, AsOf, new TaskStatusOptions { Calendar = Calendar });
        return new ReportTask(plan, title, lead, status, provenance);
    }

    /// <summary>Adds counts cell by cell (the counts of a union of task sets).</summary>
    public static TaskCounts Sum(IEnumerable<TaskCounts> counts) => counts.Aggregate(
        new TaskCounts(0, 0, 0, 0, 0, 0),
        (a, b) => new TaskCounts(
            a.CompletedOnTime + b.CompletedOnTime,
            a.CompletedLate + b.CompletedLate,
            a.OpenWithinDeadline + b.OpenWithinDeadline,
            a.OpenOverdue + b.OpenOverdue,
            a.Continuous + b.Continuous,
            a.DueSoon + b.DueSoon));

    // The province, its departments and its communes, rolled up by the engine on a few made-up dossiers.
    private static IReadOnlyList<UnitRollup> Units()
    {
        OrgUnit[] units =
        [
            new() { Code = "KH", Name = "Tỉnh Khánh Hòa" },
            new() { Code = "KH.SO", Name = "Các sở, ngành", ParentCode = "KH" },
            new() { Code = "KH.XA", Name = "Các xã, phường", ParentCode = "KH" },
        ];
        var store = SyntheticDossiers.Generate(["KH.SO", "KH.XA"], Period.Start.PlusMonths(-1), Period.End, 2_000);
        var rollup = RollupEngine.Create(units, [Period]).Value.Run(store).Value;
        return rollup.Periods.Single().Units;
    }

    // Eleven made-up earlier months, rising towards the current value, with a wobble that depends only on the indices.
    private static TrendPoint[] History(decimal current, int seed)
    {
        var points = new TrendPoint[11];
        for (var back = 1; back <= 11; back++)
        {
            var wobble = ((back * 7) + seed) % 5 * 0.3m;
            var value = current * (1m - (back * 0.012m)) + wobble;
            points[back - 1] = new TrendPoint(Period.LastMonth.PlusMonths(-back), Math.Round(value, 2, MidpointRounding.AwayFromZero));
        }

        return points;
    }
}
