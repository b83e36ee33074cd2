using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Web.Hosting;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>What a person types as a period or a date: every month of the library's years (2001–2099) is read back as itself; anything else is refused with a message, never an exception.</summary>
public sealed class UserInputTest
{
    [FsCheck.Xunit.Property]
    public Property Every_month_of_the_supported_years_reads_back_as_itself() =>
        Prop.ForAll(Gen.Choose(ReportingPeriod.FirstSupportedYear, ReportingPeriod.LastSupportedYear).Zip(Gen.Choose(1, 12)).ToArbitrary(), ym =>
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{ym.Item1:D4}-{ym.Item2:D2}");
            return UserInput.TryMonth(text, out var period, out var problem) && period == text && problem.Length == 0;
        });

    [Theory]
    [InlineData("2000-12")]
    [InlineData("2100-01")]
    [InlineData("1949-12")]
    public void A_month_outside_the_supported_years_is_refused_in_vietnamese(string text)
    {
        Assert.False(UserInput.TryMonth(text, out _, out var problem));
        Assert.Equal($"Kỳ báo cáo '{text}' nằm ngoài phạm vi hệ thống hỗ trợ (năm 2001–2099).", problem);
    }

    [FsCheck.Xunit.Property]
    public bool Any_text_is_a_month_or_a_vietnamese_message(string? text)
    {
        var ok = UserInput.TryMonth(text, out var period, out var problem);
        return ok ? period.Length == 7 && problem.Length == 0 : problem.StartsWith("Kỳ báo cáo", StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property]
    public bool Any_text_is_a_date_of_the_supported_years_or_a_vietnamese_message(string? text)
    {
        var ok = UserInput.TryDate(text, out var date, out var problem);
        return ok ? date.Year is >= ReportingPeriod.FirstSupportedYear and <= ReportingPeriod.LastSupportedYear : problem.StartsWith("Ngày", StringComparison.Ordinal);
    }
}
