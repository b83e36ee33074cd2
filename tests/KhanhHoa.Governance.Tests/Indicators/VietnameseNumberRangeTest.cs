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
}
