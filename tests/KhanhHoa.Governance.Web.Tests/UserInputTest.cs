using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Web.Hosting;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>What a person types as a period or a date: every month of 2000–2099 is read back as itself; anything else is refused with a message, never an exception.</summary>
public sealed class UserInputTest
{
    [FsCheck.Xunit.Property]
    public Property Every_month_of_the_supported_years_reads_back_as_itself() =>
        Prop.ForAll(Gen.Choose(2000, 2099).Zip(Gen.Choose(1, 12)).ToArbitrary(), ym =>
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{ym.Item1:D4}-{ym.Item2:D2}");
            return UserInput.TryMonth(text, out var period, out var problem) && period == text && problem.Length == 0;
        });

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
        return ok ? date.Year is >= 2000 and <= 2099 : problem.StartsWith("Ngày", StringComparison.Ordinal);
    }
}
