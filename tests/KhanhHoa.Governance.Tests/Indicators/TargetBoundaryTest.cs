using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

// Each comparator at its threshold and a hundredth either side, from the wording of the targets ("≥ 80%", "dưới 5%",
// "từ 60% đến 70%"): the boundary mutants Stryker found surviving in Target.Meets (<= for <, < for <=, the upper bound).
public sealed class TargetBoundaryTest
{
    [Theory]
    [InlineData(TargetComparator.AtLeast, 79.99, false)]
    [InlineData(TargetComparator.AtLeast, 80, true)]
    [InlineData(TargetComparator.GreaterThan, 80, false)]
    [InlineData(TargetComparator.GreaterThan, 80.01, true)]
    [InlineData(TargetComparator.AtMost, 80, true)]
    [InlineData(TargetComparator.AtMost, 80.01, false)]
    [InlineData(TargetComparator.LessThan, 79.99, true)]
    [InlineData(TargetComparator.LessThan, 80, false)]
    [InlineData(TargetComparator.EqualTo, 80, true)]
    [InlineData(TargetComparator.EqualTo, 80.01, false)]
    [InlineData(TargetComparator.Between, 79.99, false)]
    [InlineData(TargetComparator.Between, 80, true)]
    [InlineData(TargetComparator.Between, 90, true)]
    [InlineData(TargetComparator.Between, 90.01, false)]
    public void A_value_at_or_beside_the_threshold_meets_the_target_as_its_wording_says(TargetComparator comparator, double value, bool met)
    {
        var target = new Target
        {
            Id = "T",
            IndicatorCode = "I",
            Comparator = comparator,
            Value = 80m,
            UpperValue = comparator == TargetComparator.Between ? 90m : null,
            Deadline = Deadline.Parse("hết năm 2025", 2025),
            Source = new TargetSource("1/KH", "I", "-"),
        };

        Assert.Equal(met, target.IsMetBy((decimal)value));
    }
}
