using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Dictionary encoding of codes (units, procedures): each distinct code gets the next index, looked up from
/// UTF-8 bytes without allocating once the code is known.
/// </summary>
/// <remarks>
/// A lookup runs twice for every row of a read, so it touches as little memory as it can: a slot of the open-addressing
/// table holds the code's index, and the code's key its hash, length and first 16 bytes as two words, which decide a
/// code of up to 16 bytes (a unit's or a procedure's, as a rule) without reading its bytes elsewhere. Before, each probe
/// followed a list to the code's own byte array, a cache miss that took half of the code dictionaries' 12 % of a read.
/// </remarks>
internal sealed class CodeDictionary
{
    private readonly List<string> codes = [];
    private readonly List<byte[]> bytes = [];
    private Key[] keys = new Key[16];

    // Open addressing: a code's index + 1 (0 = empty), at most half full.
    private int[] slots = new int[64];

    /// <summary>An empty dictionary.</summary>
    public CodeDictionary()
    {
    }

    /// <summary>A copy of <paramref name="source"/>, which it no longer depends on (the codes' bytes are shared: never written).</summary>
    public CodeDictionary(CodeDictionary source)
    {
        codes = [.. source.codes];
        bytes = [.. source.bytes];
        keys = (Key[])source.keys.Clone();
        slots = (int[])source.slots.Clone();
    }

    public int Count => codes.Count;

    public IReadOnlyList<string> Codes => codes;

    public string this[int index] => codes[index];

    /// <summary>The UTF-8 bytes of the code at <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => bytes[index];

    public int GetOrAdd(ReadOnlySpan<byte> utf8)
    {
        var key = Key.Of(utf8);
        var found = Find(utf8, key);
        return found >= 0 ? found : Add(utf8.ToArray(), key);
    }

    public int GetOrAdd(string code) => GetOrAdd(Encoding.UTF8.GetBytes(code));

    public int IndexOf(string code)
    {
        var utf8 = Encoding.UTF8.GetBytes(code);
        return Find(utf8, Key.Of(utf8));
    }

    /// <summary>The hash of a code as the table places it (non-negative).</summary>
    internal static int Hash(ReadOnlySpan<byte> utf8) => Key.Of(utf8).Hash;

    // The index of the code, or -1.
    private int Find(ReadOnlySpan<byte> utf8, Key key)
    {
        var mask = slots.Length - 1;
        for (var i = key.Hash & mask; ; i = (i + 1) & mask)
        {
            var index = slots[i] - 1;
            if (index < 0)
            {
                return -1;
            }

            ref var known = ref keys[index];
            if (known.Hash == key.Hash && known.Low == key.Low && known.High == key.High && known.Length == key.Length
                && (key.Length <= Key.InlineBytes || bytes[index].AsSpan().SequenceEqual(utf8)))
            {
                return index;
            }
        }
    }

    private int Add(byte[] utf8, Key key)
    {
        var index = codes.Count;
        codes.Add(Encoding.UTF8.GetString(utf8));
        bytes.Add(utf8);
        if (index == keys.Length)
        {
            Array.Resize(ref keys, index * 2);
        }

        keys[index] = key;
        if ((index + 1) * 2 > slots.Length)
        {
            slots = new int[slots.Length * 2];
            for (var i = 0; i < codes.Count; i++)
            {
                Insert(keys[i].Hash, i);
            }
        }
        else
        {
            Insert(key.Hash, index);
        }

        return index;
    }

    private void Insert(int hash, int index)
    {
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = index + 1;
    }

    /// <summary>
    /// A code's length, hash and first <see cref="InlineBytes"/> bytes as two words (up to 16 bytes, equal keys are
    /// equal codes). The words are read 8 bytes at a time (a code under 16 bytes as its first and its last 8, which
    /// overlap; 4 and 4, or three single bytes, under 8), and the hash goes on over the words of a longer code.
    /// </summary>
    private readonly record struct Key(ulong Low, ulong High, int Length, int Hash)
    {
        public const int InlineBytes = 16;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Key Of(ReadOnlySpan<byte> utf8)
        {
            ref var start = ref MemoryMarshal.GetReference(utf8);
            var length = utf8.Length;
            ulong low, high = 0;
            if (length >= 8)
            {
                low = Word(ref start, 0);
                high = Word(ref start, Math.Min(8, length - 8));
            }
            else if (length >= 4)
            {
                low = Unsafe.ReadUnaligned<uint>(ref start) | ((ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, length - 4)) << 32);
            }
            else
            {
                low = length == 0 ? 0 : start | ((ulong)Unsafe.Add(ref start, length / 2) << 8) | ((ulong)Unsafe.Add(ref start, length - 1) << 16);
            }

            var hash = Mix(Mix(unchecked((ulong)length * 0x9E3779B97F4A7C15UL) ^ low) ^ high);
            for (var i = InlineBytes; i < length; i += 8)
            {
                hash = Mix(hash ^ Word(ref start, Math.Min(i, length - 8)));
            }

            return new Key(low, high, length, (int)(hash >> 33));
        }

        private static ulong Word(ref byte start, int offset) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, offset));

        // A multiply and a shift (SplitMix64's finaliser step): every input bit reaches the high bits the hash keeps.
        private static ulong Mix(ulong value)
        {
            value = unchecked(value * 0xBF58476D1CE4E5B9UL);
            return value ^ (value >> 31);
        }
    }
}
