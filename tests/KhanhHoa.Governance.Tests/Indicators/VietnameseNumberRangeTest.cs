using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

// The documented range of decimals (0–20) at both ends: decimal itself formats up to 28 places, so only the library's
// own guard refuses 21. (Below 0, decimal.Round refuses with the same exception and parameter: that guard's removal is
// an equivalent mutant, see docs/testing.md.)
public sealed class VietnameseNumberRangeTest
{
    [Fact]
    public void Twenty_decimals_are_printed_and_twenty_one_are_refused()
    {
        Assert.Equal("0," + new string('0', 19) + "1", VietnameseNumber.Format(0.00000000000000000001m, 20));
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumber.Format(1m, 21)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumber.FormatPercent(1m, -1)).ParamName);
    }

    // 28 digits is the most the readers take (an exact decimal): the largest is read to its last digit, strictly and in
    // the tolerant reader's comma-grouped reading; 29 digits are an error, not a rounded value.
    [Fact]
    public void Twenty_eight_digits_are_read_exactly_and_twenty_nine_are_refused()
    {
        const decimal largest = 9_999_999_999_999_999_999_999_999_999m;
        var printed = VietnameseNumber.Format(largest, 0);
        var tooLong = VietnameseNumber.Format(decimal.MaxValue, 0);

        Assert.Equal(largest, VietnameseNumber.Parse(printed).AsT0.Value);
        var commaGrouped = VietnameseNumber.ParseTolerant(printed.Replace('.', ',')).AsT0;
        Assert.Equal((largest, NumberReading.CommaAsThousandsSeparator), (commaGrouped.Value, commaGrouped.Reading));
        Assert.Equal("too many digits for an exact decimal", VietnameseNumber.Parse(tooLong).AsT1.Message);
        Assert.True(VietnameseNumber.ParseTolerant(tooLong.Replace('.', ',')).IsT1);
    }
}
