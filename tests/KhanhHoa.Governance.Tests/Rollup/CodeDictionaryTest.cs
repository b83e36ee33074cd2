using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

// The code dictionaries number each distinct code in order of first appearance, looked up by its UTF-8 bytes: against a
// model (a list of the codes seen), on codes of every length the hash reads differently (empty, under 4, 4 to 7, 8, and
// longer ones whose words overlap), codes that differ in one byte only, and Vietnamese text.
public sealed class CodeDictionaryTest
{
    private static readonly string[] Stems = ["", "X", "S1", "X17", "TTHC", "TTHC-00", "TTHC-001", "1.001234.000.00.00.H34", "Sở Tư pháp", "ả"];

    [Property(MaxTest = 300)]
    public Property Codes_are_numbered_in_order_of_first_appearance() =>
        Prop.ForAll(Codes().ToArbitrary(), codes =>
        {
            var dictionary = new CodeDictionary();
            var model = new List<string>();
            foreach (var code in codes)
            {
                var expected = model.IndexOf(code);
                Assert.Equal(expected, dictionary.IndexOf(code));
                if (expected < 0)
                {
                    model.Add(code);
                }

                Assert.Equal(model.IndexOf(code), dictionary.GetOrAdd(Encoding.UTF8.GetBytes(code)));
            }

            Assert.Equal(model, dictionary.Codes);
            Assert.All(model, (code, i) => Assert.Equal(Encoding.UTF8.GetBytes(code), dictionary.Utf8(i).ToArray()));
        });

    // A chunk's region starts with a copy of the store's dictionaries: the copy numbers the codes that follow as the
    // original would have, and what either adds afterwards leaves the other as it was.
    [Property(MaxTest = 200)]
    public Property A_copy_numbers_as_the_original_and_apart_from_it() =>
        Prop.ForAll(Codes().ToArbitrary(), Codes().ToArbitrary(), (before, after) =>
        {
            var original = new CodeDictionary();
            before.ForEach(code => original.GetOrAdd(code));
            var copy = new CodeDictionary(original);
            var expected = new CodeDictionary();
            before.Concat(after).ToList().ForEach(code => expected.GetOrAdd(code));

            Assert.Equal(after.Select(code => expected.IndexOf(code)), after.Select(code => copy.GetOrAdd(Encoding.UTF8.GetBytes(code))));
            Assert.Equal(expected.Codes, copy.Codes);
            Assert.Equal(before.Distinct(), original.Codes);
            Assert.All(after.Where(code => !before.Contains(code)), code => Assert.Equal(-1, original.IndexOf(code)));
        });

    [Fact]
    public void The_hash_reads_every_byte_of_a_code()
    {
        var code = Encoding.UTF8.GetBytes("1.001234.000.00.00.H34");
        for (var length = 0; length <= code.Length; length++)
        {
            for (var i = 0; i < length; i++)
            {
                var changed = code[..length];
                changed[i] ^= 1;
                Assert.NotEqual(CodeDictionary.Hash(code.AsSpan(0, length)), CodeDictionary.Hash(changed));
            }
        }
    }

    // Stems with a suffix of digits, so that many codes share all but one or two bytes, and enough of them to grow the table.
    private static Gen<List<string>> Codes() =>
        Gen.ListOf(Gen.Elements(Stems).Zip(Gen.Choose(-1, 300)).Select(static p => p.Item2 < 0 ? p.Item1 : p.Item1 + p.Item2))
            .Select(static codes => codes.ToList());
}
