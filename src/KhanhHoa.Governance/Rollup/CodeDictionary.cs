using System.Text;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Dictionary encoding of codes (units, procedures): each distinct code gets the next index, looked up from
/// UTF-8 bytes without allocating once the code is known.
/// </summary>
internal sealed class CodeDictionary
{
    private readonly List<string> codes = [];
    private readonly List<byte[]> bytes = [];
    private int[] buckets = new int[64];

    public int Count => codes.Count;

    public IReadOnlyList<string> Codes => codes;

    public string this[int index] => codes[index];

    /// <summary>The UTF-8 bytes of the code at <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => bytes[index];

    public int GetOrAdd(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        var mask = buckets.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = buckets[i] - 1;
            if (entry < 0)
            {
                break;
            }

            if (bytes[entry].AsSpan().SequenceEqual(utf8))
            {
                return entry;
            }
        }

        return Add(utf8.ToArray(), hash);
    }

    public int GetOrAdd(string code)
    {
        var utf8 = Encoding.UTF8.GetBytes(code);
        return GetOrAdd(utf8);
    }

    public int IndexOf(string code)
    {
        var utf8 = Encoding.UTF8.GetBytes(code);
        var hash = Hash(utf8);
        var mask = buckets.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = buckets[i] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (bytes[entry].AsSpan().SequenceEqual(utf8))
            {
                return entry;
            }
        }
    }

    private int Add(byte[] utf8, int hash)
    {
        var index = codes.Count;
        codes.Add(Encoding.UTF8.GetString(utf8));
        bytes.Add(utf8);
        if ((index + 1) * 2 > buckets.Length)
        {
            Rehash();
        }
        else
        {
            Insert(hash, index);
        }

        return index;
    }

    private void Rehash()
    {
        buckets = new int[buckets.Length * 2];
        for (var i = 0; i < bytes.Count; i++)
        {
            Insert(Hash(bytes[i]), i);
        }
    }

    private void Insert(int hash, int index)
    {
        var mask = buckets.Length - 1;
        var i = hash & mask;
        while (buckets[i] != 0)
        {
            i = (i + 1) & mask;
        }

        buckets[i] = index + 1;
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash & 0x7fffffff);
    }
}
