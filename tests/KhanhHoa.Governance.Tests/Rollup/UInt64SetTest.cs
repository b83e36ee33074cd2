using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

// The duplicate-id check reuses one set per worker across its partitions: a set emptied by Clear must answer every Add
// as a new set does, whatever it held before (zero, which is kept apart, and a set grown past its first size included).
public sealed class UInt64SetTest
{
    [Property(MaxTest = 300)]
    public Property A_cleared_set_adds_as_a_new_set_does() =>
        Prop.ForAll(Values().ToArbitrary(), Values().ToArbitrary(), (before, after) =>
        {
            var reused = new UInt64Set(4);
            foreach (var value in before)
            {
                reused.Add(value);
            }

            reused.Clear();
            var fresh = new UInt64Set(4);

            Assert.Equal(0, reused.Count);
            Assert.Equal(after.Select(fresh.Add).ToList(), after.Select(reused.Add).ToList());
            Assert.Equal(fresh.Count, reused.Count);
            Assert.All(before.Concat(after), value => Assert.Equal(fresh.Contains(value), reused.Contains(value)));
        });

    // Small values collide and repeat often; zero is among them.
    private static Gen<ulong[]> Values() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 40).Select(static v => (ulong)v), ArbMap.Default.GeneratorFor<ulong>()));
}
