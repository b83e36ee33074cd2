using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Reporting.Tests;

public class VietnameseFormatTest
{
    [Theory]
    [InlineData(1365565, "1.365.565")]
    [InlineData(0, "0")]
    [InlineData(-2156, "-2.156")]
    public void Integers_group_thousands_with_dots(long value, string expected) => Assert.Equal(expected, VietnameseFormat.Integer(value));

    [Theory]
    [InlineData("90.31", "90,31%")]
    [InlineData("75", "75%")]
    [InlineData("93.70", "93,7%")]
    [InlineData("1234.5", "1.234,5%")]
    public void Percentages_use_a_decimal_comma(string value, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Dates_are_day_month_year()
    {
        Assert.Equal("05/09/2025", VietnameseFormat.ShortDate(new LocalDate(2025, 9, 5)));
        Assert.Equal("ngày 15 tháng 9 năm 2025", VietnameseFormat.LongDate(new LocalDate(2025, 9, 15)));
        Assert.Equal("ngày 05 tháng 02 năm 2025", VietnameseFormat.LongDate(new LocalDate(2025, 2, 5)));
        Assert.Equal("(Từ ngày 16/8/2025 đến ngày 15/9/2025)", VietnameseFormat.PeriodRange(ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15))));
        Assert.Equal("(Từ ngày 15/12/2025 đến ngày 14/01/2026)", VietnameseFormat.PeriodRange(ReportingPeriod.Month(2026, 1, CutoffRule.Administrative)));
        Assert.Equal("04/9/2025", VietnameseFormat.DocumentDate(new LocalDate(2025, 9, 4)));
    }

    [Fact]
    public void The_header_prints_a_blank_number_for_drafts_and_pads_small_numbers()
    {
        var draft = new ReportHeader("", "BAN CHỈ ĐẠO", null, "BC-BCĐ", "Khánh Hòa", new LocalDate(2025, 9, 15), "BÁO CÁO", "");
        Assert.Equal("Số: /BC-BCĐ", draft.NumberAndSymbol);
        Assert.True(draft.IsDraft);
        Assert.Equal("Số: 05/BC-BCĐ", (draft with { Number = 5 }).NumberAndSymbol);
        Assert.Equal("Số: 87/BC-BCĐ", (draft with { Number = 87 }).NumberAndSymbol);
        // The day and month of a draft are the signer's to fill; a numbered report prints its date.
        Assert.Equal("Khánh Hòa, ngày \u00A0\u00A0\u00A0\u00A0 tháng \u00A0\u00A0\u00A0\u00A0 năm 2025", draft.PlaceAndDate);
        Assert.Equal("Khánh Hòa, ngày 15 tháng 9 năm 2025", (draft with { Number = 87 }).PlaceAndDate);
    }
}
