using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Tests.Rollup;

namespace KhanhHoa.Governance.Tests.Hostile;

// The partial readers, fed partials damaged one to three ways: a value, or located errors (a byte offset and field for
// the binary form; a path, line and column for JSON), never an exception.
[Trait("Category", HostileInput.Category)]
public sealed class RollupPartialHostileTest
{
    private static readonly RollupPartial[] Partials = [.. new[] { 1, 2, 3 }.Select(Partial)];

    [Fact]
    public void Binary() =>
        HostileInput.Check([.. Partials.Select(RollupPartialBinary.ToBytes)], static bytes => RollupPartialBinary.Read(bytes), static result => result.Match(
            static _ => null,
            static errors => errors.Count != 1 ? $"{errors.Count} errors, expected the first one"
                : errors[0].Column < 1 || errors[0].Field.Length == 0 || errors[0].Message.Length == 0 ? $"an error without an offset, a field or a message: {errors[0]}"
                : null));

    [Fact]
    public void Json() =>
        HostileInput.Check([.. Partials.Select(RollupPartialJson.ToUtf8Bytes)], static bytes => RollupPartialJson.Read(bytes), static result => result.Match(
            static _ => null,
            static errors => errors.Count == 0 ? "an empty list of errors"
                : errors.FirstOrDefault(static e => e.Line < 1 || e.Column < 1 || string.IsNullOrWhiteSpace(e.JsonPath) || string.IsNullOrWhiteSpace(e.Message)) is { } bad
                    ? $"an error without a place or a message: {bad}"
                    : null));

    // Declared lengths far beyond the input must be refused before anything that size is allocated.
    [Fact]
    public void Binary_lengths_beyond_the_input_are_refused_without_allocating_them()
    {
        byte[] header = [.. "KHRP"u8, 1, 17, .. "khanhhoa.rollup/1"u8, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Single(RollupPartialBinary.Read(header).Errors);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
        Assert.Equal(("periods", 24), (error.Field, error.Column));

        // The largest count a varint holds, 2⁶⁴ − 1.
        byte[] largest = [.. header[..23], 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01];
        Assert.Equal(("periods", 24), (RollupPartialBinary.Read(largest).Errors[0].Field, RollupPartialBinary.Read(largest).Errors[0].Column));
    }

    private static RollupPartial Partial(int seed)
    {
        var random = new Random(seed);
        var units = RollupTestData.Hierarchy(random, 4);
        var store = RollupTestData.Store(RollupTestData.Records(random, units, 40));
        return RollupTestData.Engine(units, RollupTestData.Periods(random, 2)).Aggregate(store, 0, store.Count, 1, keepDossierIds: seed == 2).Value;
    }
}
