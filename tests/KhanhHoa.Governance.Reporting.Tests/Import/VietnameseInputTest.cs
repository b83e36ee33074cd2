using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Reporting.Tests.Import;

// What a clerk types reads back as the value the report prints it as: numbers, percentages and dates in the report's own
// Vietnamese formatting, across magnitudes; and the desk answers in the clerk's language.
public sealed class VietnameseInputTest
{
    private static readonly DataElement Whole = new() { Code = "count", Name = "Số hồ sơ" };

    private static readonly DataElement Percent = new() { Code = "rate", Name = "Tỷ lệ", Unit = UnitOfMeasure.Percent, IsWhole = false };

    private static readonly DataElement Money = new() { Code = "money", Name = "Số tiền (tỷ đồng)", Unit = UnitOfMeasure.Money, IsWhole = false };

    // Up to 15 digits (a province's yearly dossiers, amounts in đồng), from 0 up, so thousands separators of every depth occur.
    private static readonly Gen<long> Magnitudes =
        from digits in Gen.Choose(1, 15)
        from leading in Gen.Choose(1, 9)
        from rest in Gen.Choose(0, 9).ArrayOf(digits - 1)
        select long.Parse(leading + string.Concat(rest), System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Gen<decimal> Decimals =
        from whole in Magnitudes
        from scale in Gen.Choose(0, 2)
        from negative in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (negative ? -whole : whole) / (decimal)Math.Pow(10, scale);

    private static decimal Value(DataElement element, string text) => element.Read(text).AsT0!.Value;

    [Property(MaxTest = 300)]
    public Property A_whole_number_printed_by_the_report_reads_back() =>
        Prop.ForAll(Magnitudes.ToArbitrary(), static v => Assert.Equal(v, Value(Whole, VietnameseFormat.Integer(v))));

    [Property(MaxTest = 300)]
    public Property A_percentage_or_an_amount_printed_by_the_report_reads_back() =>
        Prop.ForAll(Decimals.ToArbitrary(), static v =>
        {
            Assert.Equal(v, Value(Percent, VietnameseFormat.Percent(v)));
            Assert.Equal(v, Value(Percent, VietnameseFormat.Number(v)));
            Assert.Equal(v, Value(Money, VietnameseFormat.Number(v)));
        });

    [Property(MaxTest = 300)]
    public Property A_date_and_a_time_printed_the_Vietnamese_way_read_back() =>
        Prop.ForAll(Gen.Choose(0, 365 * 200).ToArbitrary(), Gen.Choose(0, (24 * 60) - 1).ToArbitrary(), static (day, minute) =>
        {
            var date = new LocalDate(1950, 1, 1).PlusDays(day);
            var time = date.At(new LocalTime(minute / 60, minute % 60));
            Assert.Equal(date, SubmissionFields.ParseDate(VietnameseFormat.ShortDate(date)).AsT0);
            Assert.Equal(time, SubmissionFields.ParseSubmittedAt(VietnameseFormat.ShortDate(date) + " " + time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).AsT0);
        });

    [Theory]
    [InlineData("2.156", 2156)]
    [InlineData("1.365.565", 1365565)]
    [InlineData("2156", 2156)]
    [InlineData(" 2.156 ", 2156)]
    public void A_count_takes_dots_between_thousands(string typed, long expected) => Assert.Equal(expected, Value(Whole, typed));

    [Theory]
    [InlineData("78,2", "78.2")]
    [InlineData("80%", "80")]
    [InlineData("78,17 %", "78.17")]
    [InlineData("83.1", "83.1")]
    [InlineData("98.7753", "98.7753")]
    [InlineData("1,234", "1.234")]
    public void A_percentage_takes_a_decimal_comma_a_percent_sign_or_the_exchange_dot(string typed, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Value(Percent, typed));

    [Theory]
    [InlineData("1.234", "1234")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("0.5", "0.5")]
    [InlineData("83.12", "83.12")]
    public void An_amount_reads_a_dot_before_three_digits_as_thousands_and_otherwise_as_the_decimal_mark(string typed, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Value(Money, typed));

    [Theory]
    [InlineData("2.15", "không phải là số nguyên", "not a whole number")]
    [InlineData("hai nghìn", "không phải là số", "not a number")]
    [InlineData("80%", "có dấu %", "has a percent sign")]
    public void A_count_refused_says_why_in_both_languages(string typed, string vietnamese, string english)
    {
        Assert.StartsWith(vietnamese, Whole.Read(typed).AsT1.Message, StringComparison.Ordinal);
        Assert.StartsWith(english, Whole.Read(typed, MessageLanguage.English).AsT1.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoàn thành", ProgressUpdateKind.Completed)]
    [InlineData("hoàn thành", ProgressUpdateKind.Completed)]
    [InlineData("Đang thực hiện", ProgressUpdateKind.Progress)]
    [InlineData("Được gia hạn", ProgressUpdateKind.Extended)]
    [InlineData("completed", ProgressUpdateKind.Completed)]
    public void A_status_is_read_in_the_words_of_the_forms_list_or_by_its_contract_name(string typed, ProgressUpdateKind expected) =>
        Assert.Equal(expected, SubmissionFields.ParseStatus(typed).AsT0);

    [Fact]
    public void Every_status_word_on_the_form_reads_back_as_its_status() =>
        Assert.All(Enum.GetValues<ProgressUpdateKind>(), static kind => Assert.Equal(kind, SubmissionFields.ParseStatus(SubmissionFields.StatusLabel(kind)).AsT0));

    [Theory]
    [InlineData("12/11/2026 16:30", 2026, 11, 12, 16, 30)]
    [InlineData("12/11/2026", 2026, 11, 12, 0, 0)]
    [InlineData("2/9/2026 8:05", 2026, 9, 2, 8, 5)]
    [InlineData("2026-11-12T16:30", 2026, 11, 12, 16, 30)]
    public void A_time_of_sending_is_read_day_first_with_or_without_its_time(string typed, int year, int month, int day, int hour, int minute) =>
        Assert.Equal(new LocalDateTime(year, month, day, hour, minute), SubmissionFields.ParseSubmittedAt(typed).AsT0);

    [Fact]
    public void A_date_typed_month_first_or_out_of_range_is_refused_in_the_clerks_language()
    {
        Assert.Equal("'13/13/2026' không phải là ngày (viết dd/MM/yyyy, như 12/11/2026)", SubmissionFields.ParseDate("13/13/2026").AsT1.Message);
        Assert.Equal("'13/13/2026' is not a date in the form yyyy-MM-dd or dd/MM/yyyy", SubmissionFields.ParseDate("13/13/2026", MessageLanguage.English).AsT1.Message);
    }

    [Fact]
    public void Every_message_of_the_catalogue_exists_in_both_languages_and_they_differ()
    {
        Assert.NotEmpty(SubmissionMessages.Keys);
        Assert.All(SubmissionMessages.Keys, static key =>
        {
            var args = Enumerable.Range(0, 11).Select(static i => (object?)("#" + i)).ToArray();
            var vietnamese = SubmissionMessages.Format(MessageLanguage.Vietnamese, key, args);
            var english = SubmissionMessages.Format(MessageLanguage.English, key, args);
            Assert.False(string.IsNullOrWhiteSpace(vietnamese), key);
            Assert.NotEqual(english, vietnamese);
        });
    }

    [Fact]
    public void The_desk_answers_a_clerk_in_Vietnamese_and_a_developer_in_English()
    {
        var data = GovernanceData.Default;
        var p06 = data.DataSets.Find("P06.MONTHLY")!;
        var submission = new Submission
        {
            UnitCode = "VP_UBND", DataSetCode = p06.Code, Period = p06.ParsePeriod("2025-09").AsT0, SubmittedAt = new LocalDateTime(2025, 9, 12, 16, 30),
            Figures = [new FigureValue("tthc_total", "2.15", null), new FigureValue("tthc_total", "1", null)],
        };
        var vietnamese = new SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans).Check(submission);
        var english = new SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans) { Language = MessageLanguage.English }.Check(submission);
        Assert.Equal(
            ["tthc_total: giá trị '2.15' không phải là số nguyên (dấu chấm chỉ dùng để ngăn cách hàng nghìn, như 2.156)", "chỉ tiêu 'tthc_total' được nhập hai lần"],
            vietnamese.Errors.Select(static e => e.Message));
        Assert.Equal(
            ["tthc_total: '2.15' is not a whole number (a dot only groups thousands, as in 2.156)", "element 'tthc_total' is given twice"],
            english.Errors.Select(static e => e.Message));
    }
}
