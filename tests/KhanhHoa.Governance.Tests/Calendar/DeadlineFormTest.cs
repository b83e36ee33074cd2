using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Tests.Calendar;

// A deadline as a value: when two are the same (every part, the text as written included) and its one-line form
// (Deadline.ToString's documented "EndOfMonth 2025-06-01..2025-06-30 \"Tháng 6/2025\"").
public sealed class DeadlineFormTest
{
    // The parser reads case-insensitively, so the two texts give the same kind and days; the text as written still differs.
    [Fact]
    public void Two_deadlines_that_differ_only_in_how_the_text_is_written_are_not_the_same()
    {
        var upper = Deadline.Parse("Tháng 6/2025", 2025);
        var lower = Deadline.Parse("tháng 6/2025", 2025);

        Assert.Equal((upper.Kind, upper.StartDate, upper.DueDate, upper.Recurrence), (lower.Kind, lower.StartDate, lower.DueDate, lower.Recurrence));
        Assert.False(upper.Equals(lower));
        Assert.NotEqual(upper, lower);
        Assert.Equal(upper, Deadline.Parse("Tháng 6/2025", 2025));
        Assert.False(upper.Equals(null));
    }

    // "Quý IV" takes the document's year: the same text in a 2024 and a 2025 plan names different days.
    [Fact]
    public void The_same_text_in_documents_of_different_years_is_not_the_same_deadline()
    {
        var earlier = Deadline.Parse("Quý IV", 2024);
        var later = Deadline.Parse("Quý IV", 2025);

        Assert.Equal((earlier.Text, earlier.Kind), (later.Text, later.Kind));
        Assert.NotEqual(earlier, later);
    }

    [Fact]
    public void No_text_reads_as_an_empty_one()
    {
        var none = Deadline.Parse(null, 2025);

        Assert.Equal(string.Empty, none.Text);
        Assert.Equal(DeadlineKind.Unspecified, none.Kind);
        Assert.Empty(none.Unrecognized);
        Assert.Equal(Deadline.Parse(string.Empty, 2025), none);
        Assert.False(Deadline.TryParse(null, 2025, out _));
    }

    [Theory]
    [InlineData("Tháng 6/2025", "EndOfMonth 2025-06-01..2025-06-30 \"Tháng 6/2025\"")]
    [InlineData("Trước ngày 15/4/2025", "FixedDate ..2025-04-14 \"Trước ngày 15/4/2025\"")]
    [InlineData("Từ 01/01/2026", "Continuous 2026-01-01.. \"Từ 01/01/2026\"")]
    [InlineData("Hàng tháng", "Recurring Monthly \"Hàng tháng\"")]
    [InlineData("Theo chỉ đạo của Bộ Công an", "External \"Theo chỉ đạo của Bộ Công an\"")]
    [InlineData("", "Unspecified \"\"")]
    public void The_one_line_form_gives_kind_recurrence_days_and_text(string text, string expected) =>
        Assert.Equal(expected, Deadline.Parse(text, 2025).ToString());
}
