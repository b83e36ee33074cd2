using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using NodaTime;
using NodaTime.Text;

namespace KhanhHoa.Governance.Tests.Calendar;

public sealed class DeadlineTest
{
    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    [MemberData(nameof(SeedDeadlines.All), MemberType = typeof(SeedDeadlines))]
    public void Every_seed_deadline_parses_to_its_kind_and_due_date(string seed, string text, DeadlineKind kind, string? due)
    {
        var deadline = Deadline.Parse(text, SeedDeadlines.ContextYear);

        Assert.True(kind == deadline.Kind, $"seed {seed}: {deadline}");
        Assert.Equal(due is null ? null : Date(due), deadline.DueDate);
        Assert.Equal(text, deadline.Text);
        Assert.NotEqual(DeadlineKind.Unspecified, deadline.Kind);
    }

    [Fact]
    public void Every_seed_deadline_reads_the_same_in_NFC_and_NFD()
    {
        foreach (var text in SeedDeadlines.Texts)
        {
            var nfc = Deadline.Parse(text.Normalize(NormalizationForm.FormC), 2025);
            var nfd = Deadline.Parse(text.Normalize(NormalizationForm.FormD), 2025);
            Assert.Equal((nfc.Kind, nfc.DueDate, nfc.StartDate, nfc.Recurrence, nfc.Milestones.Count), (nfd.Kind, nfd.DueDate, nfd.StartDate, nfd.Recurrence, nfd.Milestones.Count));
        }
    }

    [Theory]
    [InlineData("Trước ngày 15/4/2025", "2025-04-14")]
    [InlineData("trong ngày 10/4/2025", "2025-04-10")]
    [InlineData("TRUOC NGAY 15/4/2025", "2025-04-14")]
    [InlineData("  trước\u00A0ngày\t15 / 4 / 2025  ", "2025-04-14")]
    [InlineData("đến ngày 15 tháng 9 năm 2025", "2025-09-15")]
    [InlineData("30-10-2025", "2025-10-30")]
    [InlineData("trước ngày 15 tháng 9 năm 2025", "2025-09-14")]
    [InlineData("trong ngày 15 tháng 9 năm 2025", "2025-09-15")]
    public void Fixed_dates(string text, string due)
    {
        var deadline = Deadline.Parse(text, 2024);

        Assert.Equal(DeadlineKind.FixedDate, deadline.Kind);
        Assert.Equal(Date(due), deadline.DueDate);
    }

    [Theory]
    [InlineData("Tháng 6/2025", DeadlineKind.EndOfMonth, "2025-06-01", "2025-06-30")]
    [InlineData("Tháng 2", DeadlineKind.EndOfMonth, "2024-02-01", "2024-02-29")]
    [InlineData("Quý II/2025.", DeadlineKind.EndOfQuarter, "2025-04-01", "2025-06-30")]
    [InlineData("Quý IV", DeadlineKind.EndOfQuarter, "2024-10-01", "2024-12-31")]
    [InlineData("quý 3 năm 2026", DeadlineKind.EndOfQuarter, "2026-07-01", "2026-09-30")]
    [InlineData("Năm 2025", DeadlineKind.EndOfYear, "2025-01-01", "2025-12-31")]
    [InlineData("trong tháng 8-9/2025", DeadlineKind.MonthRange, "2025-08-01", "2025-09-30")]
    [InlineData("6 tháng đầu năm 2025", DeadlineKind.MonthRange, "2025-01-01", "2025-06-30")]
    [InlineData("6 tháng cuối năm", DeadlineKind.MonthRange, "2024-07-01", "2024-12-31")]
    [InlineData("Từ ngày 16/8/2025 đến ngày 15/9/2025", DeadlineKind.FixedDate, "2025-08-16", "2025-09-15")]
    [InlineData("01/9–31/10/2025", DeadlineKind.FixedDate, "2025-09-01", "2025-10-31")]
    [InlineData("Tháng cao điểm số (01/9 - 31/10/2025)", DeadlineKind.FixedDate, "2025-09-01", "2025-10-31")]
    public void Periods_give_their_first_and_last_day(string text, DeadlineKind kind, string start, string due)
    {
        var deadline = Deadline.Parse(text, 2024);

        Assert.Equal(kind, deadline.Kind);
        Assert.Equal(Date(start), deadline.StartDate);
        Assert.Equal(Date(due), deadline.DueDate);
    }

    [Theory]
    [InlineData("Hàng tháng", DeadlineRecurrence.Monthly)]
    [InlineData("Hằng năm", DeadlineRecurrence.Yearly)]
    [InlineData("báo cáo hằng quý", DeadlineRecurrence.Quarterly)]
    [InlineData("hang tuan", DeadlineRecurrence.Weekly)]
    [InlineData("trước ngày 14 của tháng", DeadlineRecurrence.Monthly)]
    public void Recurring_deadlines_say_how_often(string text, DeadlineRecurrence recurrence)
    {
        var deadline = Deadline.Parse(text, 2025);

        Assert.Equal(DeadlineKind.Recurring, deadline.Kind);
        Assert.Equal(recurrence, deadline.Recurrence);
        Assert.Null(deadline.DueDate);
    }

    [Fact]
    public void Continuous_from_a_year_or_a_day()
    {
        var following = Deadline.Parse("2025 và những năm tiếp theo", 2025);
        var from = Deadline.Parse("Từ 01/01/2026.", 2025);

        Assert.Equal((DeadlineKind.Continuous, (LocalDate?)new LocalDate(2025, 1, 1), (LocalDate?)null), (following.Kind, following.StartDate, following.DueDate));
        Assert.Equal((DeadlineKind.Continuous, (LocalDate?)new LocalDate(2026, 1, 1)), (from.Kind, from.StartDate));
    }

    [Theory]
    [InlineData("Theo chỉ đạo của Bộ Công an", "Bộ Công an")]
    [InlineData("Theo chỉ đạo, hướng dẫn của Bộ, ngành Trung ương", "Bộ, ngành Trung ương")]
    [InlineData("Theo tiến độ của cơ quan Trung ương", "cơ quan Trung ương")]
    public void External_deadlines_name_the_authority(string text, string authority)
    {
        var deadline = Deadline.Parse(text, 2025);

        Assert.Equal(DeadlineKind.External, deadline.Kind);
        Assert.Equal(authority, deadline.Authority);
        Assert.Null(deadline.DueDate);
    }

    [Fact]
    public void Pilot_then_rollout_gives_two_labelled_milestones()
    {
        var deadline = Deadline.Parse("Thí điểm tháng 9/2025, triển khai chính thức tháng 10/2025.", 2025);

        Assert.Equal(DeadlineKind.Milestones, deadline.Kind);
        Assert.Collection(
            deadline.Milestones,
            m => Assert.Equal(("Thí điểm", DeadlineKind.EndOfMonth, (LocalDate?)new LocalDate(2025, 9, 30)), (m.Label, m.Deadline.Kind, m.Deadline.DueDate)),
            m => Assert.Equal(("triển khai chính thức", DeadlineKind.EndOfMonth, (LocalDate?)new LocalDate(2025, 10, 31)), (m.Label, m.Deadline.Kind, m.Deadline.DueDate)));
        Assert.Equal(new LocalDate(2025, 10, 31), deadline.DueDate);
    }

    [Fact]
    public void Bullet_cell_gives_one_milestone_per_bullet()
    {
        var deadline = Deadline.Parse("- Tháng 6/2025: 100% hồ sơ được gắn định danh.\n- Tháng 12/2025: 80% hồ sơ xử lý trực tuyến.", 2025);

        Assert.Equal(DeadlineKind.Milestones, deadline.Kind);
        Assert.Equal(["100% hồ sơ được gắn định danh", "80% hồ sơ xử lý trực tuyến"], deadline.Milestones.Select(m => m.Label));
    }

    [Fact]
    public void Continuous_work_with_a_dated_decision_keeps_both()
    {
        var deadline = Deadline.Parse("Thực hiện thường xuyên (Quyết định hoàn thành trong tháng 03/2025)", 2025);

        Assert.Equal([DeadlineKind.Continuous, DeadlineKind.EndOfMonth], deadline.Milestones.Select(m => m.Deadline.Kind));
        Assert.Equal("Quyết định hoàn thành", deadline.Milestones[1].Label);
    }

    [Fact]
    public void Citation_dates_and_named_years_are_not_deadlines()
    {
        var deadline = Deadline.Parse("Hoàn thành phương án trước 15/9/2025 và theo tiến độ tại Quyết định số 370/QĐ-UBND ngày 22/7/2025 của UBND tỉnh về hoạt động kinh doanh năm 2025 và 2026", 2025);

        Assert.Equal(DeadlineKind.FixedDate, deadline.Kind);
        Assert.Equal(new LocalDate(2025, 9, 14), deadline.DueDate);
        Assert.StartsWith("Quyết định số 370/QĐ-UBND", deadline.Authority, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Sở Khoa học và Công nghệ")]
    [InlineData("gửi về Công an tỉnh")]
    public void Text_without_time_is_unspecified(string text)
    {
        var deadline = Deadline.Parse(text, 2025);

        Assert.Equal(DeadlineKind.Unspecified, deadline.Kind);
        Assert.False(Deadline.TryParse(text, 2025, out _));
        Assert.Equal(text.Trim().Length > 0, deadline.Unrecognized.Count > 0);
    }

    [Fact]
    public void What_was_not_understood_is_reported()
    {
        var remark = Deadline.Parse("Trước ngày 15/4/2025 (gửi về Công an tỉnh để theo dõi, tổng hợp)", 2025);
        var impossible = Deadline.Parse("Trước ngày 31/2/2025", 2025);

        Assert.Equal(["gửi về Công an tỉnh để theo dõi, tổng hợp"], remark.Unrecognized);
        Assert.Equal(DeadlineKind.Unspecified, impossible.Kind);
        Assert.Contains(impossible.Unrecognized, u => u.Contains("31/2/2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_text_and_a_year_out_of_range_do_not_throw()
    {
        Assert.Equal(DeadlineKind.Unspecified, Deadline.Parse(null, 2025).Kind);
        Assert.Equal(DeadlineKind.Unspecified, Deadline.Parse("Quý IV", int.MaxValue).Kind);
        Assert.Equal(DeadlineKind.EndOfMonth, Deadline.Parse("Tháng 6/2025", int.MinValue).Kind);
    }

    [Fact]
    public void Equal_texts_parse_to_equal_deadlines()
    {
        Assert.Equal(Deadline.Parse("Thí điểm tháng 9/2025, triển khai chính thức tháng 10/2025.", 2025), Deadline.Parse("Thí điểm tháng 9/2025, triển khai chính thức tháng 10/2025.", 2025));
        Assert.NotEqual(Deadline.Parse("Tháng 9/2025", 2025), Deadline.Parse("Tháng 10/2025", 2025));
    }

    // Any context year an int holds (the default int generator stays within ±100), with the calendar's own range marked.
    [Property(MaxTest = 2000)]
    public Property Parse_never_throws_on_any_string() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string?>(), Magnitudes.Int.ToArbitrary(), (text, year) =>
            (Deadline.Parse(text, year).Text == (text ?? string.Empty))
                .Classify(year is >= 1 and <= 9999, "a year of the ISO calendar")
                .Classify(year is < 1 or > 9999, "a year outside it"));

    [Property(MaxTest = 1000)]
    public Property Parse_never_throws_on_deadline_like_noise() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("trước", "ngày", "tháng", "quý", "năm", "đến", "hết", "từ", "hàng", "theo", "chỉ", "đạo", "của", "/", "-", ".", ";", "(", ")", "\n- ", "31", "2", "13", "0", "2025", "99999999999", "IV", "và", "những", "tiếp"))
                .Select(words => string.Join(' ', words))
                .ToArbitrary(),
            Gen.OneOf(Gen.Choose(1990, 2100), Magnitudes.Int).ToArbitrary(),
            (text, year) => (Deadline.Parse(text, year).Text == text).Classify(year is >= 1990 and <= 2100, "a plausible year"));
}
