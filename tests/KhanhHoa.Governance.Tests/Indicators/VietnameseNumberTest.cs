using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

public sealed class VietnameseNumberTest
{
    [Theory]
    [InlineData("1.365.565", 1365565, 0, false)]
    [InlineData("90,31%", 90.31, 2, true)]
    [InlineData("83,1%", 83.1, 1, true)]
    [InlineData("08", 8, 0, false)]
    [InlineData("2025", 2025, 0, false)]
    [InlineData("-1.234,50", -1234.5, 2, false)]
    [InlineData("75 %", 75, 0, true)]
    [InlineData("\u00A0 -1.365.565\t", -1365565, 0, false)]
    public void Official_forms_parse_strictly(string text, double value, int decimals, bool percent)
    {
        var number = VietnameseNumber.Parse(text).AsT0;

        Assert.Equal((decimal)value, number.Value);
        Assert.Equal(decimals, number.Decimals);
        Assert.Equal(percent, number.IsPercent);
        Assert.True(number.IsClean);
    }

    [Theory]
    [InlineData("90.31%", 3)]
    [InlineData("15.16", 3)]
    [InlineData("1.365.56", 6)]
    [InlineData("1,2,3", 3)]
    [InlineData("12,5.0", 4)]
    [InlineData("abc", 0)]
    [InlineData("", 0)]
    [InlineData("5% x", 3)]
    [InlineData("1.2345", 2)]
    public void Deviations_are_refused_strictly_with_a_position(string text, int position)
    {
        var result = VietnameseNumber.Parse(text);

        Assert.True(result.IsT1);
        Assert.Equal(position, result.AsT1.Position);
        Assert.False(VietnameseNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("90.31%", ExpectedNumber.Any, 90.31, NumberReading.DotAsDecimalMark)]
    [InlineData("15.16", ExpectedNumber.WholeNumber, 15.16, NumberReading.DotAsDecimalMark)]
    [InlineData("24,765", ExpectedNumber.WholeNumber, 24765, NumberReading.CommaAsThousandsSeparator)]
    [InlineData("24,765", ExpectedNumber.Any, 24.765, NumberReading.Vietnamese)]
    [InlineData("1,365,565", ExpectedNumber.Any, 1365565, NumberReading.CommaAsThousandsSeparator)]
    [InlineData("1,234.5", ExpectedNumber.Any, 1234.5, NumberReading.English)]
    [InlineData("1.365.565", ExpectedNumber.WholeNumber, 1365565, NumberReading.Vietnamese)]
    [InlineData("123,456", ExpectedNumber.WholeNumber, 123456, NumberReading.CommaAsThousandsSeparator)]
    public void The_tolerant_reader_names_the_reading_it_chose(string text, ExpectedNumber expected, double value, NumberReading reading)
    {
        var number = VietnameseNumber.ParseTolerant(text, expected).AsT0;

        Assert.Equal((decimal)value, number.Value);
        Assert.Equal(reading, number.Reading);
        Assert.Equal(number.IsClean, number.Explanation is null);
    }

    [Fact]
    public void An_ambiguous_comma_keeps_the_other_reading()
    {
        var asDecimal = VietnameseNumber.ParseTolerant("24,765").AsT0;
        var asCount = VietnameseNumber.ParseTolerant("24,765", ExpectedNumber.WholeNumber).AsT0;

        Assert.Equal(24_765m, asDecimal.Alternative);
        Assert.Equal(24.765m, asCount.Alternative);
        Assert.Contains("24765", asCount.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1365565, 0, "1.365.565")]
    [InlineData(90.305, 2, "90,31")]
    [InlineData(-0.004, 2, "0,00")]
    [InlineData(999.5, 0, "1.000")]
    public void Format_rounds_half_away_from_zero(double value, int decimals, string expected) =>
        Assert.Equal(expected, VietnameseNumber.Format((decimal)value, decimals));

    // Magnitudes.Long: every number of digits up to long's 19 equally often, so most texts carry thousands separators.
    [Property(MaxTest = 1000)]
    public Property Every_integer_round_trips() => Prop.ForAll(Magnitudes.Long.ToArbitrary(), value =>
    {
        var text = VietnameseNumber.Format(value, 0);
        var parsed = VietnameseNumber.Parse(text).AsT0;
        return (parsed.Value == value && VietnameseNumber.Format(parsed.Value, parsed.Decimals) == text)
            .Classify(Magnitudes.HasThousands(value), "thousands separator")
            .Classify(Math.Abs((decimal)value) >= 1_000_000_000_000m, "13 digits or more")
            .Classify(value < 0, "negative");
    });

    [Property(MaxTest = 1000)]
    public Property Every_decimal_with_two_places_round_trips() => Prop.ForAll(Magnitudes.Long.ToArbitrary(), cents =>
    {
        var value = cents / 100m;
        var text = VietnameseNumber.FormatPercent(value, 2);
        var parsed = VietnameseNumber.Parse(text).AsT0;
        return (parsed.Value == value && parsed.Decimals == 2 && parsed.IsPercent && VietnameseNumber.FormatPercent(parsed.Value, 2) == text)
            .Classify(Magnitudes.HasThousands(value), "thousands separator")
            .Classify(Math.Abs(value) < 1m, "below one");
    });

    [Property]
    public Property Parsers_never_throw() =>
        Prop.ForAll(
            Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), Gen.Elements('1', '0', '9', '.', ',', '%', '-', ' ', 'x').ArrayOf().Select(cs => new string(cs))).ToArbitrary(),
            text =>
            {
                var strict = VietnameseNumber.Parse(text);
                var tolerant = VietnameseNumber.ParseTolerant(text, ExpectedNumber.WholeNumber);
                var anyReading = VietnameseNumber.ParseTolerant(text);
                return (strict.IsT0 || strict.AsT1.Position is >= 0) && (tolerant.IsT0 || tolerant.IsT1) && (anyReading.IsT0 || anyReading.IsT1);
            });

    // "1.234" is the hard case: a Vietnamese thousands separator that an English reader takes for a decimal point.
    [Property(MaxTest = 1000)]
    public Property Strictly_valid_texts_are_read_the_same_by_the_tolerant_reader() =>
        Prop.ForAll(Magnitudes.Long.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (value, decimals) =>
        {
            var text = VietnameseNumber.Format(value / 1000m, decimals);
            var strict = VietnameseNumber.Parse(text).AsT0;
            var tolerant = VietnameseNumber.ParseTolerant(text).AsT0;
            return (strict.Value == tolerant.Value && tolerant.Reading == NumberReading.Vietnamese)
                .Classify(text.Count(c => c == '.') == 1 && text.IndexOf(',', StringComparison.Ordinal) < 0, "one dot and no comma: thousands or a decimal?")
                .Classify(Magnitudes.HasThousands(strict.Value), "thousands separator");
        });

    // A dot with nothing after it is neither a thousands separator nor a decimal mark: the tolerant reader refuses it.
    [Fact]
    public void A_trailing_dot_is_refused_by_the_tolerant_reader_too() =>
        Assert.True(VietnameseNumber.ParseTolerant("5.").IsT1);

    [Theory]
    [InlineData("1234.567", "expected 1 to 3 digits before the first thousands separator", 0)]
    [InlineData("1.23.456", "expected exactly 3 digits in a thousands group", 2)]
    public void A_bad_thousands_group_is_named_first_or_later_with_where_it_starts(string text, string message, int position)
    {
        var error = VietnameseNumber.Parse(text).AsT1;

        Assert.Equal((message, position), (error.Message, error.Position));
    }

    [Fact]
    public void Too_many_digits_is_an_error_not_an_overflow()
    {
        Assert.True(VietnameseNumber.Parse(new string('9', 40)).IsT1);
        Assert.True(VietnameseNumber.ParseTolerant("9." + new string('9', 40)).IsT1);
    }
}
